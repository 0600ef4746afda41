'use client';

/** Rename, duplicate and delete buttons of one resource row. */
export function RowActions({
  address,
  ask,
}: {
  address: string;
  ask: (kind: 'rename' | 'duplicate' | 'delete', address: string) => void;
}) {
  return (
    <span className="row-actions">
      <button
        type="button"
        className="link"
        aria-label={`Rename ${address}`}
        onClick={() => ask('rename', address)}
      >
        rename
      </button>
      <button
        type="button"
        className="link"
        aria-label={`Duplicate ${address}`}
        onClick={() => ask('duplicate', address)}
      >
        copy
      </button>
      <button
        type="button"
        className="link"
        aria-label={`Delete ${address}`}
        onClick={() => ask('delete', address)}
      >
        delete
      </button>
    </span>
  );
}
