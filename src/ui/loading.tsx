/** Shown while a screen's content loads: a spinner with its words beside it, read out once. */
export function Loading({ label }: { label: string }) {
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

/** Before a language is chosen (or its strings have loaded), the words in all three. */
const EVERY_LANGUAGE = [
  ['kk', 'Жүктелуде…'],
  ['ru', 'Загрузка…'],
  ['en', 'Loading…'],
] as const;

export function LoadingEveryLanguage() {
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>
        {EVERY_LANGUAGE.map(([lang, text], i) => (
          <span key={lang} lang={lang}>
            {i > 0 ? ' · ' : null}
            {text}
          </span>
        ))}
      </span>
    </div>
  );
}
