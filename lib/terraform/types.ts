import type { HclBlock, HclExpression, HclParseResult } from '../hcl/index.ts';
import type { TConfigValue } from './config-value.ts';

/** A diagnostic of the module model, positioned in a file (1-based line, 1-based UTF-16 column). */
export interface TTerraformDiagnostic {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  address?: string;
  attribute?: string;
  hint?: string;
}

/** A source range: UTF-16 offsets plus 1-based line/column of both ends. */
export interface TSourceRange {
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Reads a file by its path (as the module's paths are written); null when it does not exist. */
export type TReadFile = (path: string) => string | null;

/** One attribute of a block: its expression, where it is, and its value when it is a literal. */
export interface TAttributeModel {
  name: string;
  expression: HclExpression;
  /** Range of the whole `name = expression`. */
  range: TSourceRange;
  /** Range of the expression alone. */
  valueRange: TSourceRange;
  /** Source text of the expression. */
  source: string;
  isLiteral: boolean;
  /** Decoded value when `isLiteral` (strings, numbers, bools, null, literal tuples/objects). */
  value?: TConfigValue;
}

/** Top-level block kinds of a Terraform module. */
export type TBlockKind =
  | 'resource'
  | 'data'
  | 'variable'
  | 'locals'
  | 'provider'
  | 'terraform'
  | 'output'
  | 'module'
  | 'import'
  | 'moved'
  | 'removed'
  | 'check'
  | 'other';

/** A block (top-level or nested) with its attributes and nested blocks, recursively. */
export interface TBlockModel {
  type: string;
  labels: string[];
  file: string;
  range: TSourceRange;
  attributes: Record<string, TAttributeModel>;
  /** Nested blocks in source order. */
  blocks: TBlockModel[];
  node: HclBlock;
}

/** An addressable item of the module: a resource, data source, variable, local, output, … */
export interface TEntity {
  kind: 'resource' | 'data' | 'variable' | 'local' | 'provider' | 'output' | 'module';
  /** `type.name`, `data.type.name`, `var.x`, `local.x`, `output.x`, `module.x`, `provider.p[.alias]`. */
  address: string;
  file: string;
  range: TSourceRange;
  /** The block (for locals: the enclosing `locals` block). */
  block: TBlockModel;
  /** Resource/data type (`sysdig_secure_policy`), provider name, or '' for others. */
  type: string;
  /** Resource/data/variable/local/output/module name (provider alias or name). */
  name: string;
  /** For locals: the attribute holding the value. */
  attribute?: TAttributeModel;
}

/** A `variable` block's declaration. */
export interface TVariableModel {
  name: string;
  address: string;
  file: string;
  range: TSourceRange;
  /** Source text of the `type` constraint (`string`, `list(string)`), or null. */
  type: string | null;
  default?: TAttributeModel;
  isSensitive: boolean;
  description: string | null;
}

/** The value of a variable and where it came from. */
export interface TVariableValue {
  value: TConfigValue;
  /** `default`, a tfvars file path, or `tfvars` (the caller's overrides). */
  source: string;
}

/** `terraform { required_providers { … } }` entry. */
export interface TRequiredProvider {
  name: string;
  source: string | null;
  version: string | null;
}

/** One reference from an entity's expression to a named value. */
export interface TReference {
  /** Address of the referencing entity. */
  from: string;
  /** Attribute path within the referencing block, e.g. `['rules', 0, 'name']`. */
  attributePath: (string | number)[];
  /** `rules[0].name`. */
  attribute: string;
  /** The traversal as written: `sysdig_secure_notification_channel_email.secops.id`. */
  text: string;
  /** Address referenced (`sysdig_secure_notification_channel_email.secops`), or null for builtins (`path.module`, `count.index`). */
  target: string | null;
  file: string;
  range: TSourceRange;
}

/** Everything derived from one file; kept per file so one edit re-derives one file. */
export interface TModuleFile {
  path: string;
  text: string;
  hash: string;
  kind: 'tf' | 'tfvars' | 'tfvars-json' | 'tf-json' | 'other';
  parsed: HclParseResult | null;
  /** Offsets where lines start (positions of diagnostics and ranges). */
  lineStarts: readonly number[];
  blocks: TBlockModel[];
  entities: TEntity[];
  references: TReference[];
  /** Parse and per-file diagnostics. */
  diagnostics: TTerraformDiagnostic[];
}

/** Parse results by content hash, shared between versions of a module. */
export type TParseCache = Map<string, { text: string; result: HclParseResult }>;

/** Options of {@link loadModule}. */
export interface TLoadModuleOptions {
  files: Array<{ path: string; text: string }>;
  /** Reads files for `file()` / `templatefile()`; without it such calls are `missing-file`. */
  readFile?: TReadFile;
  /** Variable values given by the caller (like `-var`), overriding tfvars files. */
  tfvars?: Record<string, TConfigValue>;
  /** The module folder as `path.module` shows it; default: the folder common to `files`, else '.'. */
  modulePath?: string;
  /** `path.root`; default: `modulePath`. */
  rootPath?: string;
  /** Parse cache to share with earlier loads. */
  cache?: TParseCache;
  /**
   * Files indexed by an earlier load of this module, by path: a file whose text is unchanged is
   * reused as is (same blocks and entities, nothing derived again). Updated in place to hold
   * exactly this load's files.
   */
  indexedFiles?: Map<string, TModuleFile>;
}

/** The model of one module folder. Treat as immutable: updates return a new module. */
export interface TModule {
  path: string;
  rootPath: string;
  files: TModuleFile[];
  /** All top-level blocks of all `.tf` files. */
  blocks: TBlockModel[];
  resources: TEntity[];
  dataSources: TEntity[];
  variables: TVariableModel[];
  locals: TEntity[];
  providers: TEntity[];
  outputs: TEntity[];
  modules: TEntity[];
  imports: TBlockModel[];
  terraformBlocks: TBlockModel[];
  requiredProviders: TRequiredProvider[];
  /** Entities by address (the first one when duplicated). */
  byAddress: ReadonlyMap<string, TEntity>;
  variableValues: Map<string, TVariableValue>;
  references: TReference[];
  /** Reverse references: target address → references to it. */
  usedBy: ReadonlyMap<string, TReference[]>;
  diagnostics: TTerraformDiagnostic[];
  readFile: TReadFile | undefined;
  tfvars: Record<string, TConfigValue> | undefined;
  cache: TParseCache;
}
