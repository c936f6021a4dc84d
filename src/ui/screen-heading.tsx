/**
 * The h1 of a screen. On arrival it takes focus (so keyboard and screen-reader users start at the
 * new content), sets the document title and announces the screen.
 */
import { useEffect, useRef, type ReactNode } from 'react';

import { announce } from './announcer';

interface ScreenHeadingProps {
  children: ReactNode;
  /** Plain-text title for the tab and the announcement. */
  title: string;
  /** Suffix after the title in the browser tab (the course name). */
  site: string;
}

export function ScreenHeading({ children, title, site }: ScreenHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — ${site}`;
    ref.current?.focus({ preventScroll: false });
    announce(title);
  }, [title, site]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
