import { Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { itemPath, modulePath, type CourseItem } from '@/content/course-path';
import { loadModuleOutline, manifest } from '@/content/loader';
import { useCourseText } from '@/i18n/use-course-text';
import { useLocale } from '@/i18n/use-locale';
import { paths } from '@/lib/paths';
import { useProgressData, useProgressStore } from '@/stores/progress-store';

import { nextStep } from './next-step';

/**
 * "Continue where you stopped", the next step once that is done (along the role's path, when
 * there is one), or the final assessment. Inside the path section its heading is one level down.
 */
export function ContinueCard({ role, nested = false }: { role?: string; nested?: boolean }) {
  const { t } = useTranslation(['catalog', 'common']);
  const text = useCourseText();
  const lastPath = useProgressStore((s) => s.lastVisited?.path);
  const step = nextStep(useProgressData(), manifest, lastPath, role);
  const Heading = nested ? 'h3' : 'h2';
  const moduleTitle = (id: string) => text.modules[id]?.title ?? '';

  // [heading, address, button (or the item it names), line above the button]
  let card: [string, string, string | CourseItem, string?];
  if (step.kind === 'continue' || step.kind === 'next') {
    const label = (title: string) =>
      step.kind === 'next' ? t('common:nextItem', { title }) : t('continueItem', { title });
    card = [
      step.kind === 'next' ? t('nextHeading') : t('continueHeading'),
      itemPath(step.item),
      step.item.kind === 'quiz' ? label(t('common:quizTitle')) : step.item,
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
      <Heading id="continue-heading">{heading}</Heading>
      {line ? <p>{line}</p> : null}
      {typeof label === 'string' ? (
        <Link className="button button-primary" to={to}>
          {label}
        </Link>
      ) : (
        // A lesson or scenario is named from its module's titles, which are not on the first
        // screen: the card shows at once and the button follows when the title has loaded.
        <Suspense fallback={null}>
          <ItemLink to={to} item={label} next={step.kind === 'next'} />
        </Suspense>
      )}
    </section>
  );
}

function ItemLink({ to, item, next }: { to: string; item: CourseItem; next: boolean }) {
  const { t } = useTranslation(['catalog', 'common']);
  const titles = use(loadModuleOutline(item.moduleId, useLocale()));
  // The id comes from a saved address: only the module's own titles are looked up.
  const own = item.kind === 'lesson' ? titles.lessons : titles.scenarios;
  const title = Object.hasOwn(own, item.id) ? (own[item.id] as string) : item.id;
  return (
    <Link className="button button-primary" to={to}>
      {next ? t('common:nextItem', { title }) : t('continueItem', { title })}
    </Link>
  );
}
