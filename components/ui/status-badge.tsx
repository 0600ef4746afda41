import type { TFileStatus } from '@/lib/contracts/workspace-api';

const LABELS: Record<Exclude<TFileStatus, 'unmodified'>, { short: string; long: string }> = {
  modified: { short: 'M', long: 'modified' },
  added: { short: 'A', long: 'new file' },
  deleted: { short: 'D', long: 'deleted' },
};

/** A file's git status as a small letter badge with an accessible name. */
export function StatusBadge({ status }: { status: TFileStatus }) {
  if (status === 'unmodified') return null;
  const label = LABELS[status];
  return (
    <span className={`badge badge-${status}`} title={label.long}>
      <span aria-hidden="true">{label.short}</span>
      <span className="visually-hidden">({label.long})</span>
    </span>
  );
}
