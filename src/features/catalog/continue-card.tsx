import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { itemPath, itemTitle, modulePath } from '@/content/course-path';
import { manifest } from '@/content/loader';
import { useCourseText } from '@/i18n/use-course-text';
import { paths } from '@/lib/paths';
import { useProgressData, useProgressStore } from '@/stores/progress-store';

import { nextStep } from './next-step';

/** "Continue where you stopped", the next step once that is done, or the final assessment. */
export function ContinueCard() {
  const { t } = useTranslation(['catalog', 'common']);
  const text = useCourseText();
  const lastPath = useProgressStore((s) => s.lastVisited?.path);
  const step = nextStep(useProgressData(), manifest, lastPath);
  const moduleTitle = (id: string) => text.modules[id]?.title ?? '';

  // [heading, address, button, line above the button]
  let card: [string, string, string, string?];
  if (step.kind === 'continue' || step.kind === 'next') {
    const title = itemTitle(text, step.item) ?? t('common:quizTitle');
    card = [
      step.kind === 'next' ? t('nextHeading') : t('continueHeading'),
      itemPath(step.item),
      step.kind === 'next' ? t('common:nextItem', { title }) : t('continueItem', { title }),
      moduleTitle(step.item.moduleId),
    ];
  } else if (step.kind === 'continue-module')
    card = [
      t('continueHeading'),
      step.to,
      t('continueItem', { title: moduleTitle(step.moduleId) }),
    ];
  else if (step.kind === 'start-module')
    card = [
      lastPath ? t('nextHeading') : t('startHeading'),
      step.item ? itemPath(step.item) : modulePath(step.moduleId),
      t('startModule', { number: step.number }),
      moduleTitle(step.moduleId),
    ];
  else if (step.kind === 'assessment')
    card = [t('nextHeading'), paths.assessment.href(), t('common:nav.assessment')];
  else card = [t('finishedHeading'), paths.progress.href(), t('common:nav.progress')];

  const [heading, to, label, line] = card;
  return (
    <section className="card continue-card" aria-labelledby="continue-heading">
      <h2 id="continue-heading">{heading}</h2>
      {line ? <p>{line}</p> : null}
      <Link className="button button-primary" to={to}>
        {label}
      </Link>
    </section>
  );
}
