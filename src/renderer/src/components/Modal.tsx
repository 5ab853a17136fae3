import { type ReactNode, type RefObject, createContext, useContext, useEffect } from 'react';
import { Dialog } from './Dialog';

/** Told +1 when a modal opens and −1 when it closes, so that the app pauses its shortcuts meanwhile. */
export const ModalTrackerContext = createContext<(change: 1 | -1) => void>(() => undefined);

interface ModalProps {
  title: string;
  /** Escape, and the caller's own Cancel / Close button. */
  onCancel: () => void;
  children: ReactNode;
  /** The row of buttons at the bottom. */
  footer?: ReactNode;
  /** Focused on open; otherwise the first control. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  className?: string;
}

/**
 * The app shell's dialogs: the shared accessible <Dialog> (focus in, Tab kept
 * inside, Escape, focus back, page behind inert), open while mounted, and
 * counted so that keyboard shortcuts do not act behind it.
 */
export function Modal({ title, onCancel, children, footer, initialFocusRef, className }: ModalProps) {
  const track = useContext(ModalTrackerContext);
  useEffect(() => {
    track(1);
    return () => track(-1);
  }, [track]);
  return (
    <Dialog
      open
      title={title}
      onClose={onCancel}
      footer={footer}
      initialFocusRef={initialFocusRef}
      className={className}
    >
      {children}
    </Dialog>
  );
}
