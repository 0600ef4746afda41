'use client';
import type React from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { compareText, type TDraftIndex, type TIndexedResource } from '@/lib/contracts/index-api';
import type { TDraftTree } from '@/lib/contracts/workspace-api';
import { countRelations, ResourceRelations } from './resource-relations';
import { RowActions } from './row-actions';

type TSortKey = 'address' | 'type' | 'era' | 'relations' | 'file' | 'problems';

interface TRow extends TIndexedResource {
  errors: number;
  warnings: number;
  isChanged: boolean;
  relations: number;
}

const ROW_HEIGHT = 32;

/** Every resource of the draft in one table: search, filters, sorting; virtualised for 10,000 rows. */
export function ResourceBrowser({
  index,
  files,
  onOpen,
  onOpenForm,
  operations,
}: {
  index: TDraftIndex | undefined;
  files: TDraftTree['files'];
  onOpen: (file: string, line?: number) => void;
  /** Opens the form of a Sysdig resource (rows of other providers' types open in code only). */
  onOpenForm?: (address: string) => void;
  /** New/rename/duplicate/delete, when the workspace and branch are known. */
  operations?: {
    toolbar: React.ReactNode;
    ask: (kind: 'rename' | 'duplicate' | 'delete', address: string) => void;
  };
}) {
  const [query, setQuery] = useState('');
  const [type, setType] = useState('');
  const [era, setEra] = useState('');
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [onlyChanged, setOnlyChanged] = useState(false);
  // The resource whose "uses" / "used by" relations are shown below the table.
  const [related, setRelated] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: TSortKey; isDescending: boolean }>({
    key: 'address',
    isDescending: false,
  });
  const rows = useMemo(() => buildRows(index, files), [index, files]);
  const types = useMemo(() => [...new Set(rows.map((r) => r.type))].sort(), [rows]);
  const visible = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const filtered = rows.filter(
      (r) =>
        (!needle ||
          r.address.toLowerCase().includes(needle) ||
          r.file.toLowerCase().includes(needle)) &&
        (!type || r.type === type) &&
        (!era || r.era === era) &&
        (!onlyProblems || r.errors + r.warnings > 0) &&
        (!onlyChanged || r.isChanged),
    );
    const value = (r: TRow): string | number =>
      sort.key === 'problems' ? r.errors * 1000 + r.warnings : r[sort.key];
    filtered.sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x), String(y));
      return sort.isDescending ? -order : order;
    });
    return filtered;
  }, [rows, query, type, era, onlyProblems, onlyChanged, sort]);
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual keeps only the rows in view in the DOM.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const header = (key: TSortKey, label: string, className?: string) => (
    <th
      scope="col"
      className={className}
      aria-sort={sort.key === key ? (sort.isDescending ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="link"
        onClick={() =>
          setSort({ key, isDescending: sort.key === key ? !sort.isDescending : false })
        }
      >
        {label}
      </button>
    </th>
  );
  return (
    <section className="panel resource-browser" aria-labelledby="resources-heading">
      <h2 id="resources-heading">Resources</h2>
      {operations?.toolbar}
      <div className="filters" role="search">
        <label>
          Search{' '}
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="name, address or file"
          />
        </label>
        <label>
          Type{' '}
          <select value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">all types</option>
            {types.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          Era{' '}
          <select value={era} onChange={(e) => setEra(e.target.value)}>
            <option value="">all</option>
            <option value="2018">2018</option>
            <option value="current">current</option>
            <option value="other">other providers</option>
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={onlyProblems}
            onChange={(e) => setOnlyProblems(e.target.checked)}
          />{' '}
          with problems
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={onlyChanged}
            onChange={(e) => setOnlyChanged(e.target.checked)}
          />{' '}
          changed in draft
        </label>
        <span className="muted" role="status">
          {visible.length} of {rows.length}
        </span>
      </div>
      <div ref={scroller} className="table-scroller">
        <table className="table" aria-rowcount={visible.length + 1}>
          <thead>
            <tr>
              {header('address', 'Address')}
              {header('type', 'Type')}
              {header('era', 'Era')}
              {header('relations', 'Relations', 'col-relations')}
              {header('file', 'File')}
              {header('problems', 'Problems')}
            </tr>
          </thead>
          <tbody
            style={{ height: virtualizer.getTotalSize(), position: 'relative', display: 'block' }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const row = visible[item.index]!;
              return (
                <tr
                  key={row.address + row.file}
                  aria-rowindex={item.index + 2}
                  className="virtual-row"
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                >
                  <td>
                    <button
                      type="button"
                      className={onOpenForm ? 'link row-address' : 'link'}
                      onClick={() => onOpen(row.file, row.line)}
                    >
                      {row.address}
                    </button>
                    {onOpenForm && row.era !== 'other' ? (
                      <button
                        type="button"
                        className="link row-form"
                        title={`Open the form of ${row.address}`}
                        onClick={() => onOpenForm(row.address)}
                      >
                        Form
                      </button>
                    ) : null}
                  </td>
                  <td>
                    <code>{row.type}</code>
                  </td>
                  <td>{row.era}</td>
                  <td className="col-relations">
                    <button
                      type="button"
                      className="link row-relations"
                      aria-expanded={related === row.address}
                      aria-label={`Relations of ${row.address} (${row.relations})`}
                      title="Uses and used by"
                      onClick={() => setRelated(related === row.address ? null : row.address)}
                    >
                      ↔ {row.relations}
                    </button>
                  </td>
                  <td>
                    {row.file}:{row.line}
                  </td>
                  <td>
                    {row.errors
                      ? `${row.errors} errors`
                      : row.warnings
                        ? `${row.warnings} warnings`
                        : ''}
                    {operations && row.era !== 'other' ? (
                      <RowActions address={row.address} ask={operations.ask} />
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {related ? (
        <ResourceRelations
          index={index}
          address={related}
          onOpen={onOpen}
          onOpenForm={onOpenForm ?? ((address) => setRelated(address))}
        />
      ) : null}
    </section>
  );
}

function buildRows(index: TDraftIndex | undefined, files: TDraftTree['files']): TRow[] {
  const changed = new Set(files.filter((f) => f.status !== 'unmodified').map((f) => f.path));
  const relations = countRelations(index);
  return (index?.roots ?? []).flatMap((root) => {
    const counts = new Map<string, { errors: number; warnings: number }>();
    for (const d of root.diagnostics) {
      if (!d.address || d.severity === 'info') continue;
      const entry = counts.get(d.address) ?? { errors: 0, warnings: 0 };
      if (d.severity === 'error') entry.errors += 1;
      else entry.warnings += 1;
      counts.set(d.address, entry);
    }
    return root.resources.map((resource) => ({
      ...resource,
      errors: counts.get(resource.address)?.errors ?? 0,
      warnings: counts.get(resource.address)?.warnings ?? 0,
      isChanged: changed.has(resource.file),
      relations: relations.get(resource.address) ?? 0,
    }));
  });
}
