/** Shown while a screen's content loads; silent for screen readers beyond its label. */
export function Loading({ label }: { label: string }) {
  return (
    <div className="loading" role="status" aria-label={label}>
      <span className="spinner" aria-hidden="true" />
    </div>
  );
}
