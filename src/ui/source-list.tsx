import './source-list.css';

/** The element id of a source's entry, for citation markers to point at. */
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;

interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string;
  checked: string;
}

/**
 * A numbered list of sources, each with its address as a link. Nothing is requested unless the
 * learner follows one (and then without a referrer, so the course's address is not passed on).
 * Each entry is the target of the lesson's citation markers ([1] → the first source).
 */
export function SourceList({
  heading,
  sources,
  checkedLabel,
}: {
  heading: string;
  sources: readonly Source[];
  checkedLabel: (date: string) => string;
}) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading" className="sources">
      <h2 id="sources-heading">{heading}</h2>
      <ol>
        {sources.map((s) => (
          <li key={s.id} id={sourceAnchor(s.id)} tabIndex={-1}>
            {s.title}. {s.publisher}.{' '}
            <a className="url" href={s.url} rel="noreferrer" translate="no">
              {s.url}
            </a>{' '}
            <span className="meta">({checkedLabel(s.checked)})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
