'use client';
import { type KeyboardEvent, type RefObject, useCallback, useEffect, useRef } from 'react';

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

function focusableIn(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) => !element.closest('[hidden], [inert]'),
  );
}

function supportsModal(dialog: HTMLDialogElement): boolean {
  return typeof dialog.showModal === 'function';
}

export interface ModalDialogOptions {
  /** The user asked to close (Escape, or a click on the backdrop). */
  onRequestClose: () => void;
  /** Where focus goes on close; by default the element that had focus when the dialog opened. */
  returnFocusTo?: (() => HTMLElement | null | undefined) | undefined;
}

/**
 * Opens and closes a `<dialog>` as a modal with `showModal()`, so the browser makes the page
 * inert, traps focus and handles Escape. Where `showModal` is missing (older browsers, jsdom) it
 * falls back to the `open` attribute with `aria-modal`, its own focus trap and Escape handling.
 * Focus moves to `[data-autofocus]` (else the first focusable element) on open, and back to the
 * opener on close.
 *
 * Returns the dialog's `onKeyDown`: a React handler, so that parts inside the dialog (a
 * confirmation step) can take Escape for themselves with `preventDefault()` first.
 */
export function useModalDialog(
  dialogRef: RefObject<HTMLDialogElement | null>,
  open: boolean,
  options: ModalDialogOptions,
): (event: KeyboardEvent<HTMLDialogElement>) => void {
  const optionsRef = useRef(options);
  optionsRef.current = options;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const native = supportsModal(dialog);
    if (native) {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
      dialog.setAttribute('aria-modal', 'true');
    }
    const initial =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ?? focusableIn(dialog)[0] ?? dialog;
    initial.focus();

    const onCancel = (event: Event) => {
      // React state decides whether the dialog is open.
      event.preventDefault();
      optionsRef.current.onRequestClose();
    };
    const onClick = (event: MouseEvent) => {
      // The content fills the dialog, so a click on the dialog itself is a click on the backdrop.
      if (event.target === dialog) optionsRef.current.onRequestClose();
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('click', onClick);

    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('click', onClick);
      if (native) {
        if (dialog.open) dialog.close();
      } else {
        dialog.removeAttribute('open');
        dialog.removeAttribute('aria-modal');
      }
      const target = optionsRef.current.returnFocusTo?.() ?? opener;
      if (target?.isConnected) target.focus();
    };
  }, [dialogRef, open]);

  return useCallback(
    (event: KeyboardEvent<HTMLDialogElement>) => {
      const dialog = dialogRef.current;
      if (!dialog || !open || event.defaultPrevented) return;
      // Escape is handled here in both modes (the browser's own `cancel` is then not fired), so
      // keyboard events sent by scripts and assistive tools close the dialog too.
      if (event.key === 'Escape') {
        event.preventDefault();
        optionsRef.current.onRequestClose();
        return;
      }
      // With showModal the browser keeps focus in the dialog.
      if (event.key !== 'Tab' || supportsModal(dialog)) return;
      const focusable = focusableIn(dialog);
      const first = focusable[0];
      const last = focusable.at(-1);
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    },
    [dialogRef, open],
  );
}
