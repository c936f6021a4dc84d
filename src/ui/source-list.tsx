import './source-list.css';

interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string;
  checked: string;
}

/**
 * A numbered list of sources. Addresses are shown as text, not links: the course makes no request
 * outside its own origin, and learners can copy an address if they want to read further.
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
          <li key={s.id}>
            {s.title}. {s.publisher}.{' '}
            <span className="url" translate="no">
              {s.url}
            </span>{' '}
            <span className="meta">({checkedLabel(s.checked)})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
