'use client';
// Monaco comes from the npm package, bundled; @monaco-editor/react is told to use it instead of
// its default CDN loader (DESIGN §4). Only the editor core and the languages Rampart opens.
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import 'monaco-editor/esm/vs/editor/editor.all.js';
import 'monaco-editor/esm/vs/basic-languages/hcl/hcl.contribution.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import 'monaco-editor/esm/vs/basic-languages/markdown/markdown.contribution.js';
import { loader } from '@monaco-editor/react';

type TMonacoEnvironment = { getWorker: (workerId: string, label: string) => Worker };

(self as unknown as { MonacoEnvironment: TMonacoEnvironment }).MonacoEnvironment = {
  getWorker: () =>
    new Worker(new URL('./editor.worker.ts', import.meta.url), {
      type: 'module',
      name: 'monaco-editor',
    }),
};

loader.config({ monaco });

export { monaco };
