import { lazy, Suspense, useState } from 'react';

import type { CodedResult } from '@/lib/result-code';

/** The dialog, the QR library and the code book load when the learner asks for the code. */
const ResultCodeDialog = lazy(() =>
  import('./result-code-dialog').then((m) => ({ default: m.ResultCodeDialog })),
);

interface ShowToTrainerProps {
  /** The button's words, from the screen's own strings. */
  label: string;
  /** What was taken, in the learner's language (a module's title, a scenario's). */
  title: string;
  result: CodedResult;
}

/** "Show to the trainer": the latest result as a QR code, for a room without a network. */
export function ShowToTrainer({ label, title, result }: ShowToTrainerProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {label}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ResultCodeDialog title={title} result={result} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
