// Types for the two Monaco basic languages Rampart registers eagerly (monaco-editor ships no
// declarations for the language modules themselves, only for their lazy contributions).
declare module 'monaco-editor/esm/vs/basic-languages/hcl/hcl.js' {
  import type { languages } from 'monaco-editor';
  export const conf: languages.LanguageConfiguration;
  export const language: languages.IMonarchLanguage;
}

declare module 'monaco-editor/esm/vs/basic-languages/yaml/yaml.js' {
  import type { languages } from 'monaco-editor';
  export const conf: languages.LanguageConfiguration;
  export const language: languages.IMonarchLanguage;
}
