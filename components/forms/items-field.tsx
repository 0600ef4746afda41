'use client';
import type { TFormField, TFormValue, TScalar } from '@/lib/contracts/resource-api';

type TItem = TScalar | { expression: string };

interface TItemsProps {
  field: TFormField;
  value: readonly TItem[];
  candidates: Array<{ expression: string; label: string }>;
  isEditable: boolean;
  onChange: (value: TFormValue | null) => void;
}

/**
 * A list or set: one row per element, added and removed; lists (where order matters) also move
 * rows up and down. Reference attributes pick from the module's resources by name; an element that
 * points at nothing declared is shown as such, to be replaced or removed.
 */
export function ItemsField({ field, value, candidates, isEditable, onChange }: TItemsProps) {
  const isOrdered = field.kind === 'list';
  const update = (next: TItem[]) => onChange(next);
  const replace = (index: number, item: TItem) =>
    update(value.map((old, i) => (i === index ? item : old)));
  const move = (index: number, by: number) => {
    const next = [...value];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item as TItem);
    update(next);
  };
  const noun = field.reference ? 'reference' : 'value';
  return (
    <div className="items-field">
      {value.length === 0 ? <p className="muted">None.</p> : null}
      <ol className="items">
        {value.map((item, index) => {
          const label = `${field.label} ${index + 1}`;
          return (
            <li key={index} className="item-row">
              {typeof item === 'object' && item !== null ? (
                <ReferencePicker
                  label={label}
                  current={item.expression}
                  candidates={candidates}
                  isEditable={isEditable}
                  onPick={(expression) => replace(index, { expression })}
                />
              ) : field.reference && item === '' ? (
                <ReferencePicker
                  label={label}
                  current=""
                  candidates={candidates}
                  isEditable={isEditable}
                  onPick={(expression) => replace(index, { expression })}
                />
              ) : (
                <ElementInput
                  label={label}
                  kind={field.elementKind ?? 'string'}
                  value={item}
                  isEditable={isEditable}
                  onChange={(next) => replace(index, next)}
                />
              )}
              {isEditable && isOrdered ? (
                <>
                  <button
                    type="button"
                    className="link"
                    aria-label={`Move ${label} up`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="link"
                    aria-label={`Move ${label} down`}
                    disabled={index === value.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                </>
              ) : null}
              {isEditable ? (
                <button
                  type="button"
                  className="link"
                  aria-label={`Remove ${label}`}
                  onClick={() => update(value.filter((_, i) => i !== index))}
                >
                  Remove
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {isEditable ? (
        <button
          type="button"
          className="link"
          onClick={() =>
            update([
              ...value,
              field.reference
                ? { expression: '' }
                : field.elementKind === 'number'
                  ? 0
                  : field.elementKind === 'bool'
                    ? false
                    : '',
            ])
          }
        >
          Add {field.label.toLowerCase()} {noun}
        </button>
      ) : null}
    </div>
  );
}

function ReferencePicker({
  label,
  current,
  candidates,
  isEditable,
  onPick,
}: {
  label: string;
  current: string;
  candidates: Array<{ expression: string; label: string }>;
  isEditable: boolean;
  onPick: (expression: string) => void;
}) {
  const isKnown = current === '' || candidates.some((c) => c.expression === current);
  return (
    <select
      aria-label={label}
      aria-invalid={!isKnown}
      disabled={!isEditable}
      value={current}
      onChange={(e) => onPick(e.target.value)}
    >
      <option value="">Choose…</option>
      {!isKnown ? <option value={current}>{current} — not declared in this module</option> : null}
      {candidates.map((c) => (
        <option key={c.expression} value={c.expression}>
          {c.label}
        </option>
      ))}
    </select>
  );
}

function ElementInput({
  label,
  kind,
  value,
  isEditable,
  onChange,
}: {
  label: string;
  kind: 'string' | 'number' | 'bool';
  value: TScalar;
  isEditable: boolean;
  onChange: (value: TScalar) => void;
}) {
  if (kind === 'bool')
    return (
      <input
        type="checkbox"
        role="switch"
        aria-label={label}
        disabled={!isEditable}
        checked={value === true}
        onChange={(e) => onChange(e.target.checked)}
      />
    );
  if (kind === 'number')
    return (
      <input
        type="number"
        aria-label={label}
        disabled={!isEditable}
        value={typeof value === 'number' ? value : ''}
        onChange={(e) =>
          onChange(Number.isNaN(e.target.valueAsNumber) ? null : e.target.valueAsNumber)
        }
      />
    );
  return (
    <input
      type="text"
      aria-label={label}
      disabled={!isEditable}
      value={value === null ? '' : String(value)}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
