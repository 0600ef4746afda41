import type { TConfigValue } from '../terraform/config-value.ts';
import type { TParseCache } from '../terraform/types.ts';
import type { TValidationMemo } from './validation-memo.ts';

/** One finding of `validateModule`, in the shape of `rampart validate --format json`. */
export interface TValidationDiagnostic {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  address?: string;
  attribute?: string;
  hint?: string;
}

/** A resource of the module, Sysdig or not (other providers' are listed read-only). */
export interface TValidatedResource {
  address: string;
  type: string;
  name: string;
  file: string;
  line: number;
  /** Provider era of a Sysdig type ('2018' or 'current'); 'other' for types Rampart does not model. */
  era: '2018' | 'current' | 'other';
}

/** What `validateModule` reads: one folder's files and how to read others (for file()). */
export interface TValidateModuleInput {
  /** The module folder as the files' paths start (e.g. `legacy-2018`), or '.'. */
  modulePath: string;
  /** Every file of the folder: `.tf`, `.tfvars`, and Falco `.yaml`/`.yml` rules files. */
  files: Array<{ path: string; text: string }>;
  /** Reads a file by path (for `file()`/`templatefile()`); null when missing. */
  readFile?: (path: string) => string | null;
  /** Rule names the Secure backend knows (its default rules), when available. */
  knownRules?: string[];
  /** Parse results by content hash to share with earlier validations (unchanged files are not re-parsed). */
  parseCache?: TParseCache;
  /**
   * Work kept from earlier validations of this module (see createValidationMemo): with it, only
   * what changed since is indexed, evaluated and checked again. The report is the same either way.
   */
  memo?: TValidationMemo;
}

/** A Sysdig resource's evaluated configuration, as the plan consumes it (may hold secrets: server only). */
export interface TDesiredConfig {
  address: string;
  type: string;
  name: string;
  config: Record<string, TConfigValue>;
  file: string;
  line: number;
}

/** One "uses" edge between a resource and what it refers to (read backwards: "used by"). */
export interface TRelation {
  /** Address of the using resource. */
  from: string;
  /** Address of the used resource, or the Falco label (`rule: X`, `macro: m`) of a rules-file item. */
  to: string;
  /** How: a Terraform reference, or a Falco rule named by a policy, or a macro/list a rule's condition uses. */
  kind: 'reference' | 'rule' | 'macro' | 'list';
  /** Where in `from`: the attribute path (`notification_channels[0]`, `condition`). */
  via: string;
  /** Where `to` is defined. */
  file: string;
  line: number;
  /** True when `to` is a resource address (it has a form); false for rules-file items. */
  isResource: boolean;
}

/** A named value of the module other than a resource (`var.x`, `local.y`, `data.t.n`, `output.o`) and where it is declared. */
export interface TSymbol {
  address: string;
  file: string;
  line: number;
}

/** The result of validating one module. */
export interface TValidationReport {
  resources: TValidatedResource[];
  diagnostics: TValidationDiagnostic[];
  /** "Uses" edges of the resources (see `collectRelations`). */
  relations: TRelation[];
  /** Variables, locals, data sources and outputs with their declarations (go to definition). */
  symbols: TSymbol[];
  /** The Sysdig resources' evaluated configurations (for planning; never sent to a browser). */
  desired: TDesiredConfig[];
}
