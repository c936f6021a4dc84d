import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { useCourseOutline } from '@/i18n/use-course-text';
import { own } from '@/lib/check';

import type { ImportSummary } from './import-summary';

const COUNTS = [
  'lessonsCompleted',
  'lessonsAdvanced',
  'quizResults',
  'assessmentResults',
  'scenarioResults',
] as const;

/** What a file would add, before anything changes; focus moves to it (its heading is read). */
export function ImportPreview({
  name,
  summary,
  onConfirm,
  onCancel,
}: {
  name: string;
  summary: ImportSummary;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('progress');
  const outline = useCourseOutline();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const role = summary.role ? (own(outline.roles, summary.role) ?? summary.role) : undefined;
  return (
    <div className="card import-preview" role="group" aria-labelledby="import-preview">
      <h3 id="import-preview" ref={heading} tabIndex={-1}>
        {t('transfer.preview.heading', { name })}
      </h3>
      <ul>
        {COUNTS.filter((k) => summary[k] > 0).map((k) => (
          <li key={k}>{t(`transfer.preview.${k}`, { count: summary[k] })}</li>
        ))}
        {summary.name ? <li>{t('transfer.preview.name', { name: summary.name })}</li> : null}
        {role ? <li>{t('transfer.preview.role', { role })}</li> : null}
      </ul>
      <p>{t('transfer.preview.nothingLost')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onConfirm}>
          {t('transfer.preview.confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('transfer.preview.cancel')}
        </button>
      </div>
    </div>
  );
}
