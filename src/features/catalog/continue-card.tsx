import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { itemPath, itemTitle, modulePath, type CourseItem } from '@/content/course-path';
import { manifest } from '@/content/loader';
import { useCourseText } from '@/i18n/use-course-text';
import { useProgressData, useProgressStore } from '@/stores/progress-store';

import { nextStep } from './next-step';

/** "Continue where you stopped", the next step once that is done, or the final assessment. */
export function ContinueCard() {
  const { t } = useTranslation(['catalog', 'common']);
  const text = useCourseText();
  const lastPath = useProgressStore((s) => s.lastVisited?.path);
  const progress = useProgressData();
  const step = nextStep(progress, manifest, lastPath);
  const titleOf = (item: CourseItem) => itemTitle(text, item) ?? t('common:quizTitle');
  const moduleTitle = (id: string) => text.modules[id]?.title ?? '';

  let target: { heading: string; to: string; text: string; module?: string };
  switch (step.kind) {
    case 'continue':
      target = {
        heading: t('continueHeading'),
        to: itemPath(step.item),
        text: t('continueItem', { title: titleOf(step.item) }),
        module: moduleTitle(step.item.moduleId),
      };
      break;
    case 'continue-module':
      target = {
        heading: t('continueHeading'),
        to: step.to,
        text: t('continueItem', { title: moduleTitle(step.moduleId) }),
      };
      break;
    case 'next':
      target = {
        heading: t('nextHeading'),
        to: itemPath(step.item),
        text: t('common:nextItem', { title: titleOf(step.item) }),
        module: moduleTitle(step.item.moduleId),
      };
      break;
    case 'start-module':
      target = {
        heading: lastPath ? t('nextHeading') : t('startHeading'),
        to: step.item ? itemPath(step.item) : modulePath(step.moduleId),
        text: t('startModule', { number: step.number }),
        module: moduleTitle(step.moduleId),
      };
      break;
    case 'assessment':
      target = {
        heading: t('nextHeading'),
        to: '/assessment',
        text: t('takeAssessment'),
        module: t('modulesDone'),
      };
      break;
    case 'finished':
      target = {
        heading: t('finishedHeading'),
        to: '/progress',
        text: t('seeProgress'),
      };
  }
  return (
    <section className="card continue-card" aria-labelledby="continue-heading">
      <h2 id="continue-heading">{target.heading}</h2>
      {target.module ? <p>{target.module}</p> : null}
      <Link className="button button-primary" to={target.to}>
        {target.text}
      </Link>
    </section>
  );
}
