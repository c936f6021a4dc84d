/**
 * The h1 of a screen. On arrival it takes focus (so keyboard and screen-reader users start at the
 * new content; a screen reader reads the focused heading, which is the page change's one
 * announcement — nothing is sent to the live region too) and sets the document title.
 */
import { useEffect, useRef, type ReactNode } from 'react';

interface ScreenHeadingProps {
  children: ReactNode;
  /** Plain-text title for the browser tab. */
  title: string;
  /** Suffix after the title in the browser tab (the course name). */
  site: string;
}

export function ScreenHeading({ children, title, site }: ScreenHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — ${site}`;
    ref.current?.focus({ preventScroll: false });
  }, [title, site]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
