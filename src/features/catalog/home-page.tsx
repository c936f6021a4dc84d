import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { pathModules } from '@/content/learning-path';
import { manifest } from '@/content/loader';
import { useCourseText } from '@/i18n/use-course-text';
import { useProgressData } from '@/stores/progress-store';
import { useSettingsStore } from '@/stores/settings-store';
import { ScreenHeading } from '@/ui/screen-heading';

import { ContinueCard } from './continue-card';
import { ModuleList } from './module-list';
import { hoursAndMinutes, pathProgress } from './path-progress';

// Below "continue": they can arrive a moment later without holding up the first screen.
const RoleCard = lazy(() => import('./role-card').then((m) => ({ default: m.RoleCard })));
const WholeCourse = lazy(() => import('./whole-course').then((m) => ({ default: m.WholeCourse })));

/**
 * The course home. With a role: the role's path first (the next step, the time left, its modules
 * counted by the steps on the path), and the whole course one click away; without one, the whole
 * course.
 */
export function HomePage() {
  const { t } = useTranslation(['catalog', 'common']);
  const text = useCourseText();
  const saved = useSettingsStore((s) => s.role);
  const role = saved !== undefined && manifest.roles.includes(saved) ? saved : undefined;
  return (
    <>
      <ScreenHeading title={text.title} site={t('common:appName')}>
        {text.title}
      </ScreenHeading>
      <p className="lead">{text.tagline}</p>
      {role ? <PathSection role={role} /> : <ContinueCard />}
      <Suspense fallback={null}>
        <RoleCard />
      </Suspense>
      {role ? (
        <Suspense fallback={null}>
          <WholeCourse role={role} />
        </Suspense>
      ) : (
        <section aria-labelledby="modules-heading">
          <h2 id="modules-heading">{t('modulesHeading')}</h2>
          <ModuleList modules={manifest.modules} />
        </section>
      )}
    </>
  );
}

function PathSection({ role }: { role: string }) {
  const { t } = useTranslation('catalog');
  const progress = useProgressData();
  const { done, total, minutesLeft } = pathProgress(progress, manifest, role);
  const time = hoursAndMinutes(minutesLeft);
  return (
    <section className="path" aria-labelledby="path-heading">
      <h2 id="path-heading">{t('pathHeading')}</h2>
      <p>
        {t('progressValue', { done, total })}
        {minutesLeft > 0 ? (
          <>
            {' · '}
            {time.hours > 0 ? t('timeLeftHours', time) : t('timeLeftMinutes', time)}
          </>
        ) : null}
      </p>
      <ContinueCard role={role} nested />
      <ModuleList modules={pathModules(manifest, role)} role={role} />
    </section>
  );
}
