'use client';
// Monaco comes from the npm package, bundled; @monaco-editor/react is told to use it instead of
// its default CDN loader (DESIGN §4). Only the editor core and the languages Rampart opens.
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import 'monaco-editor/esm/vs/editor/editor.all.js';
import * as hcl from 'monaco-editor/esm/vs/basic-languages/hcl/hcl.js';
import * as yaml from 'monaco-editor/esm/vs/basic-languages/yaml/yaml.js';
import 'monaco-editor/esm/vs/basic-languages/markdown/markdown.contribution.js';
import { loader } from '@monaco-editor/react';

// HCL and YAML are registered with their brackets, indentation rules and tokenizer at once.
// Their contributions load those only when the first model of the language appears, so Enter
// pressed right after a file opened could arrive before them and not indent.
for (const [id, extensions, definition] of [
  ['hcl', ['.tf', '.tfvars', '.hcl'], hcl],
  ['yaml', ['.yaml', '.yml'], yaml],
] as const) {
  monaco.languages.register({ id, extensions: [...extensions] });
  monaco.languages.setLanguageConfiguration(id, definition.conf);
  monaco.languages.setMonarchTokensProvider(id, definition.language);
}

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
