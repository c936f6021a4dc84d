import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { modulePath } from '@/content/course-path';
import type { ManifestModule } from '@/content/types';
import { useCourseText, useModuleSummary } from '@/i18n/use-course-text';
import type { ModuleProgress } from '@/stores/module-progress';
import { ProgressBar } from '@/ui/progress-bar';

export function ModuleCard({
  module,
  progress: p,
  forRole,
}: {
  module: ManifestModule;
  /** The module's steps done: all of them, or those on the learner's path. */
  progress: ModuleProgress;
  forRole: boolean;
}) {
  const { t } = useTranslation(['catalog', 'common']);
  const text = useCourseText().modules[module.id];
  const title = text?.title ?? module.id;
  const summary = useModuleSummary(module.id);
  const ready = module.status === 'ready';

  return (
    <li className={`card module-card${ready ? '' : ' module-planned'}`}>
      <p className="eyebrow">{t('moduleNumber', { number: module.number })}</p>
      <h3>{ready ? <Link to={modulePath(module.id)}>{title}</Link> : title}</h3>
      {summary ? <p>{summary}</p> : null}
      <p className="meta">
        <span>{t('minutes', { count: module.minutes })}</span>
        {ready ? null : <span className="badge">{t('comingSoon')}</span>}
        {forRole ? <span className="badge">{t('forYourRole')}</span> : null}
      </p>
      {ready ? (
        <ProgressBar
          value={p.percent}
          label={t('moduleProgressLabel', { title })}
          valueText={t('progressValue', { done: p.done, total: p.total })}
        />
      ) : null}
      {ready ? (
        <p className="meta">{t('progressValue', { done: p.done, total: p.total })}</p>
      ) : null}
    </li>
  );
}
