'use client';
import { useMemo } from 'react';
import type { TDraftIndex, TRelation } from '@/lib/contracts/index-api';

interface TLink {
  key: string;
  label: string;
  via: string;
  file: string;
  line: number;
  /** Set when the target has a form (a Sysdig resource of the index). */
  formAddress?: string;
}

/**
 * What a resource uses (channels, rules, macros, lists, policies) and what uses it, as links:
 * a Sysdig resource opens its form, anything else (a rules-file item, another provider's
 * resource, a data source) opens its file at the line that defines it.
 */
export function ResourceRelations({
  index,
  address,
  onOpenForm,
  onOpen,
}: {
  index: TDraftIndex | undefined;
  address: string;
  onOpenForm: (address: string) => void;
  onOpen: (file: string, line?: number) => void;
}) {
  const { uses, usedBy } = useMemo(() => linksOf(index, address), [index, address]);
  const list = (title: string, links: TLink[]) => (
    <div className="relations-group">
      <h3>{title}</h3>
      {links.length === 0 ? (
        <p className="muted">nothing</p>
      ) : (
        <ul aria-label={`${title} ${address}`}>
          {links.map((link) => (
            <li key={link.key}>
              <button
                type="button"
                className="link"
                title={`${link.file}:${link.line}`}
                onClick={() =>
                  link.formAddress ? onOpenForm(link.formAddress) : onOpen(link.file, link.line)
                }
              >
                {link.label}
              </button>{' '}
              <span className="muted">via {link.via}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
  return (
    <section className="relations" aria-label={`Relations of ${address}`}>
      {list('Uses', uses)}
      {list('Used by', usedBy)}
    </section>
  );
}

/** Counts of relations per resource address (uses + used by), for the browser's rows. */
export function countRelations(index: TDraftIndex | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const root of index?.roots ?? [])
    for (const relation of root.relations) {
      counts.set(relation.from, (counts.get(relation.from) ?? 0) + 1);
      counts.set(relation.to, (counts.get(relation.to) ?? 0) + 1);
    }
  return counts;
}

function linksOf(
  index: TDraftIndex | undefined,
  address: string,
): { uses: TLink[]; usedBy: TLink[] } {
  const root = index?.roots.find((r) => r.resources.some((x) => x.address === address));
  if (!root) return { uses: [], usedBy: [] };
  const resources = new Map(root.resources.map((r) => [r.address, r]));
  const formOf = (target: string): string | undefined =>
    resources.get(target)?.era === 'other' || !resources.has(target) ? undefined : target;
  const uses = root.relations
    .filter((r) => r.from === address)
    .map((r: TRelation) => ({
      key: `${r.to}\0${r.via}`,
      label: r.to,
      via: r.via,
      file: r.file,
      line: r.line,
      formAddress: r.isResource ? formOf(r.to) : undefined,
    }));
  const usedBy = root.relations
    .filter((r) => r.to === address)
    .flatMap((r: TRelation) => {
      const from = resources.get(r.from);
      if (!from) return [];
      return [
        {
          key: `${r.from}\0${r.via}`,
          label: r.from,
          via: r.via,
          file: from.file,
          line: from.line,
          formAddress: formOf(r.from),
        },
      ];
    });
  return { uses, usedBy };
}
