import { type KeyboardEvent, type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import './dialog.css';

export interface DialogProps {
  open: boolean;
  title: string;
  /** Called on Escape (when `dismissible`) and by the caller's own buttons. */
  onClose: () => void;
  children: ReactNode;
  /** Buttons row at the bottom of the dialog. */
  footer?: ReactNode;
  /** false while something must finish (e.g. an export): Escape does nothing. Default true. */
  dismissible?: boolean;
  /** Element to focus when the dialog opens; otherwise the first focusable element inside. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  /** Extra class on the dialog box, e.g. for its width. */
  className?: string;
  /** Adds aria-describedby on the dialog. */
  describedBy?: string;
}

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

function focusableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !element.closest('[hidden],[inert]') && element.getAttribute('aria-hidden') !== 'true',
  );
}

/**
 * An accessible modal: role=dialog with aria-modal, named by its title; focus goes
 * in on open, Tab and Shift+Tab stay inside, Escape closes (unless not dismissible),
 * the rest of the page is made inert, and focus returns where it was on close.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  footer,
  dismissible = true,
  initialFocusRef,
  className,
  describedBy,
}: DialogProps) {
  if (!open) return null;
  return createPortal(
    <DialogBox
      title={title}
      onClose={onClose}
      footer={footer}
      dismissible={dismissible}
      initialFocusRef={initialFocusRef}
      className={className}
      describedBy={describedBy}
    >
      {children}
    </DialogBox>,
    document.body,
  );
}

function DialogBox({
  title,
  onClose,
  children,
  footer,
  dismissible,
  initialFocusRef,
  className,
  describedBy,
}: Omit<DialogProps, 'open'>) {
  const titleId = useId();
  const backdropRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  // Focus in on open, back out on close; everything else on the page becomes inert meanwhile.
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const box = boxRef.current;
    const backdrop = backdropRef.current;
    const made: Element[] = [];
    if (backdrop) {
      for (const sibling of document.body.children) {
        if (sibling !== backdrop && !sibling.hasAttribute('inert') && sibling.tagName !== 'SCRIPT') {
          sibling.setAttribute('inert', '');
          made.push(sibling);
        }
      }
    }
    if (box && !box.contains(document.activeElement)) {
      const target = initialFocusRef?.current ?? focusableIn(box)[0] ?? box;
      target.focus();
    }
    return () => {
      for (const element of made) element.removeAttribute('inert');
      if (previous && previous.isConnected) previous.focus();
    };
    // Runs once per opening: a new initialFocusRef object must not move focus again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // When the focused control disappears (a list entry removed, a step finished), focus would fall
  // to the inert page behind: bring it back to the first control of the dialog.
  useEffect(() => {
    const box = boxRef.current;
    if (box && !box.contains(document.activeElement)) (focusableIn(box)[0] ?? box).focus();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      if (dismissible) onClose();
      return;
    }
    if (event.key !== 'Tab' || !boxRef.current) return;
    const items = focusableIn(boxRef.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === boxRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="dialog-backdrop" ref={backdropRef}>
      <div
        ref={boxRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        className={className ? `dialog ${className}` : 'dialog'}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <div className="dialog-body">{children}</div>
        {footer !== undefined && <div className="dialog-footer">{footer}</div>}
      </div>
    </div>
  );
}
