'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { takeEarlyPaletteRequest } from './early-shortcut';

/** One thing the palette can jump to. */
export interface TPaletteItem {
  label: string;
  detail: string;
  file: string;
  line?: number;
}

/**
 * Ctrl/Cmd+K: a keyboard-first dialog to jump to a resource or a file. Type to filter, arrows to
 * move, Enter to open, Escape to close.
 */
export function CommandPalette({
  items,
  onOpen,
}: {
  items: TPaletteItem[];
  onOpen: (file: string, line?: number) => void;
}) {
  const [isOpen, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOpen(true);
        setQuery('');
        setActive(0);
      }
    };
    window.addEventListener('keydown', onKey);
    // A Ctrl+K pressed before hydration (noted by the studio page's inline script) is replayed.
    if (takeEarlyPaletteRequest())
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true }));
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (isOpen) input.current?.focus();
  }, [isOpen]);
  const matches = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return items
      .filter(
        (item) =>
          !needle ||
          item.label.toLowerCase().includes(needle) ||
          item.detail.toLowerCase().includes(needle),
      )
      .slice(0, 50);
  }, [items, query]);
  if (!isOpen) return null;
  const choose = (item: TPaletteItem | undefined) => {
    if (!item) return;
    setOpen(false);
    onOpen(item.file, item.line);
  };
  return (
    <div className="palette-backdrop" onClick={() => setOpen(false)}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Go to resource or file"
        className="palette"
        onClick={(event) => event.stopPropagation()}
      >
        <input
          ref={input}
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-results"
          aria-activedescendant={matches[active] ? `palette-item-${active}` : undefined}
          aria-label="Go to resource or file"
          placeholder="Go to resource or file…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, matches.length - 1));
            else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
            else if (event.key === 'Enter') choose(matches[active]);
            else if (event.key === 'Escape') setOpen(false);
            else return;
            event.preventDefault();
          }}
        />
        <ul id="palette-results" role="listbox" aria-label="Matches">
          {matches.map((item, index) => (
            <li
              key={`${item.file}:${item.line ?? 0}:${item.label}`}
              id={`palette-item-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseEnter={() => setActive(index)}
              onClick={() => choose(item)}
            >
              <span>{item.label}</span> <span className="muted">{item.detail}</span>
            </li>
          ))}
          {matches.length === 0 ? <li className="muted">Nothing matches.</li> : null}
        </ul>
      </div>
    </div>
  );
}
