'use client';
import type { TDraftTree } from '@/lib/contracts/workspace-api';
import { StatusBadge } from '../ui/status-badge';

interface TFileTreeProps {
  files: TDraftTree['files'];
  selected: string | null;
  onSelect: (path: string) => void;
}

/** The draft's files grouped by folder; each file is a button, its status a badge. */
export function FileTree({ files, selected, onSelect }: TFileTreeProps) {
  const groups = new Map<string, TDraftTree['files']>();
  for (const file of files) {
    const slash = file.path.lastIndexOf('/');
    const folder = slash === -1 ? '' : file.path.slice(0, slash);
    groups.set(folder, [...(groups.get(folder) ?? []), file]);
  }
  return (
    <nav aria-label="Files" className="file-tree">
      {[...groups.entries()].map(([folder, entries]) => (
        <section key={folder || '/'} aria-label={folder || 'Repository root'}>
          <h3 className="folder">{folder ? `${folder}/` : '/'}</h3>
          <ul>
            {entries.map((file) => (
              <li key={file.path}>
                <button
                  type="button"
                  className={file.path === selected ? 'file selected' : 'file'}
                  aria-current={file.path === selected ? 'true' : undefined}
                  aria-label={file.path}
                  disabled={file.status === 'deleted'}
                  onClick={() => onSelect(file.path)}
                >
                  <span className="file-name">
                    {file.path.slice(folder ? folder.length + 1 : 0)}
                  </span>
                  <StatusBadge status={file.status} />
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
