import { useTranslation } from 'react-i18next';

import { manifest } from '@/content/loader';
import { useCourseText } from '@/i18n/use-course-text';
import { ScreenHeading } from '@/ui/screen-heading';

import { ContinueCard } from './continue-card';
import { ModuleCard } from './module-card';

export function HomePage() {
  const { t } = useTranslation(['catalog', 'common']);
  const text = useCourseText();
  const title = text.title;
  return (
    <>
      <ScreenHeading title={title} site={t('common:appName')}>
        {title}
      </ScreenHeading>
      <p className="lead">{text.tagline}</p>
      <ContinueCard />
      <section aria-labelledby="modules-heading">
        <h2 id="modules-heading">{t('modulesHeading')}</h2>
        <ol className="module-list">
          {manifest.modules.map((m) => (
            <ModuleCard key={m.id} module={m} />
          ))}
        </ol>
      </section>
    </>
  );
}
