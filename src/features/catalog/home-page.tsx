import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { manifest } from '@/content/loader';
import { useCourseText } from '@/i18n/use-course-text';
import { useSettingsStore } from '@/stores/settings-store';
import { ScreenHeading } from '@/ui/screen-heading';

import { ContinueCard } from './continue-card';
import { ModuleCard } from './module-card';

// Below "continue": it can arrive a moment later without holding up the first screen.
const RoleCard = lazy(() => import('./role-card').then((m) => ({ default: m.RoleCard })));

export function HomePage() {
  const { t } = useTranslation(['catalog', 'common']);
  const text = useCourseText();
  const title = text.title;
  const role = useSettingsStore((s) => s.role);
  // The role's own modules come first (a stable sort keeps the course order otherwise).
  const forRole = (m: (typeof manifest.modules)[number]) =>
    role !== undefined && m.status === 'ready' && m.roles.includes(role);
  const modules = [...manifest.modules].sort((a, b) => Number(forRole(b)) - Number(forRole(a)));
  return (
    <>
      <ScreenHeading title={title} site={t('common:appName')}>
        {title}
      </ScreenHeading>
      <p className="lead">{text.tagline}</p>
      <ContinueCard />
      <Suspense fallback={null}>
        <RoleCard />
      </Suspense>
      <section aria-labelledby="modules-heading">
        <h2 id="modules-heading">{t('modulesHeading')}</h2>
        <ol className="module-list">
          {modules.map((m) => (
            <ModuleCard key={m.id} module={m} forRole={forRole(m)} />
          ))}
        </ol>
      </section>
    </>
  );
}
