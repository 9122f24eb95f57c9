import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { pressed } from '../lib/shortcuts.js';

/**
 * A modal dialog on the browser's own <dialog>: the page behind is inert, so Tab stays inside. It is
 * shown while mounted. Escape and a click on the backdrop call `onClose`; the caller puts focus back.
 * No key pressed inside reaches the page's own shortcuts (a flashcard session listens on the window).
 */
export function ModalDialog(props: {
  labelledBy: string;
  className?: string;
  onClose: () => void;
  /** Keys the dialog's content handles first; call preventDefault to keep the rest from seeing a key. */
  onKeyDown?: (event: KeyboardEvent<HTMLDialogElement>) => void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    return () => element.close();
  }, []);
  const { onClose, onKeyDown } = props;
  return (
    <dialog
      ref={dialog}
      className={props.className ? `modal ${props.className}` : 'modal'}
      aria-labelledby={props.labelledBy}
      aria-modal="true"
      onKeyDown={(event) => {
        event.stopPropagation();
        onKeyDown?.(event);
        if (event.defaultPrevented) return;
        if (pressed(event.nativeEvent, 'closeDialog')) {
          event.preventDefault();
          onClose();
        }
      }}
      // The browser's own Escape handling would close the element behind React's back.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === dialog.current) onClose();
      }}
    >
      {props.children}
    </dialog>
  );
}
