'use client';
import { useMemo, useState } from 'react';
import type { TDraftTree } from '@/lib/contracts/workspace-api';
import { StatusBadge } from '../ui/status-badge';

interface TFileTreeProps {
  files: TDraftTree['files'];
  selected: string | null;
  onSelect: (path: string) => void;
}

type TFile = TDraftTree['files'][number];

// A folder with more files than this opens folded: only its changed files and the open one are
// listed until "Show all" is chosen (a sidebar of a thousand buttons helps nobody, and costs the
// first paint of a large workspace; the palette, Ctrl/Cmd+K, finds any file).
const FOLDED_ABOVE = 150;

/**
 * The draft's files grouped by folder; each file is a button, its status a badge. Large folders
 * start folded to their changed files and the selected one, with a button to list them all.
 */
export function FileTree({ files, selected, onSelect }: TFileTreeProps) {
  const groups = useMemo(() => groupByFolder(files), [files]);
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(() => new Set());
  return (
    <nav aria-label="Files" className="file-tree">
      {[...groups.entries()].map(([folder, entries]) => {
        const isFolded = entries.length > FOLDED_ABOVE && !unfolded.has(folder);
        const shown = isFolded
          ? entries.filter((file) => file.status !== 'unmodified' || file.path === selected)
          : entries;
        return (
          <section key={folder || '/'} aria-label={folder || 'Repository root'}>
            <h3 className="folder">{folder ? `${folder}/` : '/'}</h3>
            <ul>
              {shown.map((file) => (
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
            {isFolded ? (
              <button
                type="button"
                className="link folder-unfold"
                onClick={() => setUnfolded(new Set([...unfolded, folder]))}
              >
                Show all {entries.length} files{shown.length > 0 ? '' : ' (none changed)'}
              </button>
            ) : null}
          </section>
        );
      })}
    </nav>
  );
}

function groupByFolder(files: readonly TFile[]): Map<string, TFile[]> {
  const groups = new Map<string, TFile[]>();
  for (const file of files) {
    const slash = file.path.lastIndexOf('/');
    const folder = slash === -1 ? '' : file.path.slice(0, slash);
    const group = groups.get(folder);
    if (group) group.push(file);
    else groups.set(folder, [file]);
  }
  return groups;
}
