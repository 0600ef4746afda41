/**
 * Ctrl/Cmd+K pressed before React has hydrated the studio: the HTML is already on screen, but no
 * handler is attached yet, so the keystroke would be lost (or open the browser's own search).
 * The studio page inlines this script (it runs while the HTML is parsed, on a full page load
 * only: React does not run scripts it renders on the client). It notes such a press until the
 * palette mounts, which removes the listener and replays the press.
 */
export const EARLY_SHORTCUT_SCRIPT = `(function(){var w=window;if(w.__rampartEarlyPaletteKey)return;w.__rampartPaletteRequested=false;w.__rampartEarlyPaletteKey=function(e){if((e.ctrlKey||e.metaKey)&&(e.key==='k'||e.key==='K')){e.preventDefault();w.__rampartPaletteRequested=true;}};w.addEventListener('keydown',w.__rampartEarlyPaletteKey,true);})();`;

declare global {
  interface Window {
    __rampartPaletteRequested?: boolean;
    __rampartEarlyPaletteKey?: (event: KeyboardEvent) => void;
  }
}

/**
 * Removes the early listener (the palette handles the key from now on); returns whether
 * Ctrl/Cmd+K was pressed while it listened.
 */
export function takeEarlyPaletteRequest(): boolean {
  const early = window.__rampartEarlyPaletteKey;
  if (early) window.removeEventListener('keydown', early, true);
  window.__rampartEarlyPaletteKey = undefined;
  const requested = window.__rampartPaletteRequested === true;
  window.__rampartPaletteRequested = false;
  return requested;
}
