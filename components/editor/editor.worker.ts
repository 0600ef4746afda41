// Monaco's editor worker, bundled with the app (never fetched from a CDN).
import 'monaco-editor/esm/vs/editor/editor.worker.js';
