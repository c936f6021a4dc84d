/**
 * A modal dialog that opens as soon as it is shown: the browser's own <dialog> (focus moves in and
 * stays, Escape closes it, the page behind is inert), a heading that names it, and a close button.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export function ModalDialog({
  name,
  heading,
  closeLabel,
  onClose,
  children,
}: {
  /** Its class, and the base of its heading's id. */
  name: string;
  heading: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className={name} aria-labelledby={`${name}-heading`} onClose={onClose}>
      <h2 id={`${name}-heading`}>{heading}</h2>
      {children}
      <div className="actions">
        <button type="button" className="button" onClick={() => ref.current?.close()}>
          {closeLabel}
        </button>
      </div>
    </dialog>
  );
}
