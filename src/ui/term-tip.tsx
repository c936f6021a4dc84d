/**
 * A glossary term in a lesson: the words link to the term's glossary entry, and a small button
 * beside them shows its meaning in place (a disclosure: keyboard and touch work the same, nothing
 * depends on hover; Escape closes it again).
 */
import { useId, useState, type ReactNode } from 'react';

export function TermTip({
  children,
  meaning,
  href,
  toggleLabel,
}: {
  children: ReactNode;
  meaning: string;
  /** The glossary entry's address (a hash route). */
  href: string;
  /** The button's accessible name, e.g. "What “exploitation” means". */
  toggleLabel: string;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <span className="term">
      <a className="term-link" href={`#${href}`}>
        {children}
      </a>
      <button
        type="button"
        className="term-toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-label={toggleLabel}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            setOpen(false);
          }
        }}
      >
        <span aria-hidden="true">{'?'}</span>
      </button>
      <span id={id} className="term-meaning" hidden={!open}>
        {meaning}
      </span>
    </span>
  );
}
