import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { itemFromPath, itemPath, itemTitle, modulePath } from '@/content/course-path';
import { findModule, manifest } from '@/content/loader';
import { useCourseText } from '@/i18n/use-course-text';
import { moduleProgress } from '@/stores/module-progress';
import { useProgressData, useProgressStore } from '@/stores/progress-store';

/** "Continue where you stopped" — or, on a first visit, "Start with Module 1". */
export function ContinueCard() {
  const { t } = useTranslation(['catalog', 'common']);
  const text = useCourseText();
  const lastPath = useProgressStore((s) => s.lastVisited?.path);
  const progress = useProgressData();

  const last = lastPath ? itemFromPath(lastPath) : undefined;
  const lastModule = last ? findModule(last.moduleId) : undefined;
  let target: { to: string; text: string; module: string } | undefined;

  if (last && lastModule?.status === 'ready' && lastPath) {
    const item = last.kind === 'module' ? undefined : last;
    const title = item
      ? (itemTitle(text, item) ?? t('common:quizTitle'))
      : text.modules[lastModule.id]?.title;
    target = {
      to: lastPath,
      text: t('continueItem', { title }),
      module: text.modules[lastModule.id]?.title ?? '',
    };
  } else {
    const first = manifest.modules.find(
      (m) => m.status === 'ready' && moduleProgress(progress, m).percent < 100,
    );
    if (first) {
      const next = moduleProgress(progress, first).next;
      target = {
        to: next ? itemPath(next) : modulePath(first.id),
        text: t('startModule', { number: first.number }),
        module: text.modules[first.id]?.title ?? '',
      };
    }
  }
  if (!target) return null;
  return (
    <section className="card continue-card" aria-labelledby="continue-heading">
      <h2 id="continue-heading">{lastPath ? t('continueHeading') : t('startHeading')}</h2>
      <p>{target.module}</p>
      <Link className="button button-primary" to={target.to}>
        {target.text}
      </Link>
    </section>
  );
}
