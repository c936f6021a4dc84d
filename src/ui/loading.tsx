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
export const LoadingEveryLanguage = () => <Loading label={EVERY_LANGUAGE} />;

const EVERY_LANGUAGE = 'Жүктелуде… · Загрузка… · Loading…';
