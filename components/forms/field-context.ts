import type { TDiagnostic } from '@/lib/contracts/index-api';
import type {
  TBlockStep,
  TFormField,
  TFormValue,
  TReferenceCandidate,
} from '@/lib/contracts/resource-api';
import type { TValidationIssue } from '@/lib/sysdig';
import type { TPendingEdits } from './form-state';

/** What every field of a resource form reads and calls. */
export interface TFieldContext {
  edits: TPendingEdits;
  onEdit: (field: TFormField, path: TBlockStep[], value: TFormValue | null) => void;
  /** False for viewers: the form is read-only. */
  isEditable: boolean;
  /** Blocks are added/removed by their own save: only when no field edit is pending. */
  canChangeBlocks: boolean;
  references: Record<string, TReferenceCandidate[]>;
  issues: readonly TValidationIssue[];
  diagnostics: readonly TDiagnostic[];
  onOpenCode: (line?: number) => void;
  onAddBlock: (path: TBlockStep[], block: string) => void;
  onRemoveBlock: (path: TBlockStep[]) => void;
}

/** A DOM id for a field key. */
export function fieldId(key: string): string {
  return `field-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Candidates a reference field may point at, as `type.name.attribute` expressions. */
export function candidatesOf(
  field: TFormField,
  references: TFieldContext['references'],
): Array<{ expression: string; label: string }> {
  if (!field.reference) return [];
  const attribute = field.reference.attribute;
  return field.reference.types.flatMap((type) =>
    (references[type] ?? []).map((c) => ({
      expression: `${c.address}.${attribute}`,
      label: `${c.displayName} (${c.address})`,
    })),
  );
}
