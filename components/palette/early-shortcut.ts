/**
 * Ctrl/Cmd+K pressed before React has hydrated the page: the HTML is already on screen, but no
 * handler is attached yet, so the keystroke would be lost (or open the browser's own search).
 * This script, inlined in the document head, notes such a press until the palette takes over.
 */
export const EARLY_SHORTCUT_SCRIPT = `(function(){var w=window;w.__rampartPaletteRequested=false;w.addEventListener('keydown',function(e){if(w.__rampartPaletteReady)return;if((e.ctrlKey||e.metaKey)&&(e.key==='k'||e.key==='K')){e.preventDefault();w.__rampartPaletteRequested=true;}},true);})();`;

declare global {
  interface Window {
    __rampartPaletteRequested?: boolean;
    __rampartPaletteReady?: boolean;
  }
}

/** Marks the palette as listening; returns whether Ctrl/Cmd+K was pressed before it was. */
export function takeEarlyPaletteRequest(): boolean {
  window.__rampartPaletteReady = true;
  const requested = window.__rampartPaletteRequested === true;
  window.__rampartPaletteRequested = false;
  return requested;
}
