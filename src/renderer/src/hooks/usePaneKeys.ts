import { type RefObject, useEffect } from 'react';

/**
 * F6 moves the focus to the next pane and Shift+F6 to the previous one, as in
 * most desktop applications; the focus lands on the pane's heading, so a
 * screen reader names the pane. `panes` are the panes' containers, in order.
 */
export function usePaneKeys(panes: RefObject<HTMLElement | null>[], focusTarget: (pane: HTMLElement) => HTMLElement) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F6' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const elements = panes.map((pane) => pane.current).filter((pane): pane is HTMLElement => pane !== null);
      if (elements.length === 0) return;
      // Not while a dialog is open: the page behind it is inert.
      if (elements[0]!.closest('[inert]')) return;
      event.preventDefault();
      const current = elements.findIndex((pane) => pane.contains(document.activeElement));
      const step = event.shiftKey ? -1 : 1;
      const next =
        current < 0 ? (event.shiftKey ? elements.length - 1 : 0) : (current + step + elements.length) % elements.length;
      focusTarget(elements[next]!).focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [panes, focusTarget]);
}
