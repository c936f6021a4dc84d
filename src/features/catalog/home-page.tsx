import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isOnPath, pathItems, pathModules } from '@/content/learning-path';
import { manifest } from '@/content/loader';
import type { ManifestModule } from '@/content/types';
import { useCourseText } from '@/i18n/use-course-text';
import { moduleProgress } from '@/stores/module-progress';
import { useProgressData } from '@/stores/progress-store';
import { useSettingsStore } from '@/stores/settings-store';
import { ScreenHeading } from '@/ui/screen-heading';

import { ContinueCard } from './continue-card';
import { ModuleCard } from './module-card';
import { hoursAndMinutes, pathProgress } from './path-progress';

// Below "continue": it can arrive a moment later without holding up the first screen.
const RoleCard = lazy(() => import('./role-card').then((m) => ({ default: m.RoleCard })));

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
        <WholeCourse role={role} />
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

/** Every module, behind one button: the path above is what a learner with a role needs first. */
function WholeCourse({ role }: { role: string }) {
  const { t } = useTranslation('catalog');
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="modules-heading">
      <h2 id="modules-heading">{t('wholeCourse')}</h2>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls="all-modules"
        onClick={() => setOpen(!open)}
      >
        {open ? t('hideAll') : t('showAll')}
      </button>
      <div id="all-modules" hidden={!open}>
        {open ? <ModuleList modules={manifest.modules} forRole={role} /> : null}
      </div>
    </section>
  );
}

/** Module cards: counted along `role`'s path when given, or marked when on `forRole`'s path. */
function ModuleList({
  modules,
  role,
  forRole,
}: {
  modules: ManifestModule[];
  role?: string;
  forRole?: string;
}) {
  const progress = useProgressData();
  return (
    <ol className="module-list">
      {modules.map((m) => (
        <ModuleCard
          key={m.id}
          module={m}
          progress={moduleProgress(progress, m, pathItems(m, role))}
          forRole={forRole !== undefined && m.status === 'ready' && isOnPath(m, forRole)}
        />
      ))}
    </ol>
  );
}
