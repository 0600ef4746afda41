'use client';
import type { TFormValue } from '@/lib/contracts/resource-api';

/** A map of strings: key/value rows, added and removed. */
export function MapField({
  label,
  value,
  isEditable,
  onChange,
}: {
  label: string;
  value: Record<string, unknown>;
  isEditable: boolean;
  onChange: (value: TFormValue | null) => void;
}) {
  const entries = Object.entries(value).map(
    ([key, item]) => [key, item === null || item === undefined ? '' : String(item)] as const,
  );
  const update = (next: ReadonlyArray<readonly [string, string]>) =>
    onChange(Object.fromEntries(next));
  return (
    <div className="items-field">
      {entries.length === 0 ? <p className="muted">None.</p> : null}
      <ol className="items">
        {entries.map(([key, item], index) => (
          <li key={index} className="item-row">
            <input
              type="text"
              aria-label={`${label} key ${index + 1}`}
              disabled={!isEditable}
              value={key}
              onChange={(e) =>
                update(
                  entries.map((entry, i) => (i === index ? [e.target.value, entry[1]] : entry)),
                )
              }
            />
            <input
              type="text"
              aria-label={`${label} value ${index + 1}`}
              disabled={!isEditable}
              value={item}
              onChange={(e) =>
                update(
                  entries.map((entry, i) => (i === index ? [entry[0], e.target.value] : entry)),
                )
              }
            />
            {isEditable ? (
              <button
                type="button"
                className="link"
                aria-label={`Remove ${label} entry ${index + 1}`}
                onClick={() => update(entries.filter((_, i) => i !== index))}
              >
                Remove
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {isEditable ? (
        <button
          type="button"
          className="link"
          onClick={() => update([...entries, [`key${entries.length + 1}`, '']])}
        >
          Add {label.toLowerCase()} entry
        </button>
      ) : null}
    </div>
  );
}
