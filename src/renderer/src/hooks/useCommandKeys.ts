import { useEffect } from 'react';
import type { BriefingApi, MenuCommand } from '../../../shared/ipc/contract';
import { useLatest } from './useLatest';

export type AppCommand = MenuCommand | { command: 'undo' } | { command: 'redo' };

/** Ctrl (Cmd on macOS) shortcuts, the same as the application menu's accelerators. */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>) {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'n' && !event.shiftKey) return { command: 'new' } as const;
  if (key === 'o' && !event.shiftKey) return { command: 'open' } as const;
  if (key === 's') return { command: event.shiftKey ? 'saveAs' : 'save' } as const;
  if (key === 'e' && !event.shiftKey) return { command: 'export' } as const;
  if (key === 'z') return { command: event.shiftKey ? 'redo' : 'undo' } as const;
  if (key === 'y' && !event.shiftKey) return { command: 'redo' } as const;
  return null;
}

/** Text fields keep Ctrl+Z for their own typing undo. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

/**
 * Runs app commands from the page's keyboard shortcuts and from the
 * application menu. `enabled` is false while a dialog is open: its own keys win.
 */
export function useCommandKeys(api: BriefingApi, run: (command: AppCommand) => void, enabled: boolean) {
  const latest = useLatest({ run, enabled });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command || event.defaultPrevented) return;
      if ((command.command === 'undo' || command.command === 'redo') && isTextEntry(event.target)) return;
      // Handled here, so that the menu accelerator does not run it a second time.
      event.preventDefault();
      if (latest.current.enabled) latest.current.run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [latest]);

  useEffect(() => {
    if (typeof api.onMenuCommand !== 'function') return;
    return api.onMenuCommand((command) => {
      if (latest.current.enabled) latest.current.run(command);
    });
  }, [api, latest]);
}
