import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { manifest } from '@/content/loader';

import { ModuleList } from './module-list';

/**
 * Every module, behind one button: the path above is what a learner with a role needs first. Loaded
 * after the first screen, with its strings (the `module` namespace, which the role card loads too).
 */
export function WholeCourse({ role }: { role: string }) {
  const { t } = useTranslation('module');
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="modules-heading">
      <h2 id="modules-heading">{t('wholeCourse.heading')}</h2>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls="all-modules"
        onClick={() => setOpen(!open)}
      >
        {open ? t('wholeCourse.hide') : t('wholeCourse.show')}
      </button>
      <div id="all-modules" hidden={!open}>
        {open ? <ModuleList modules={manifest.modules} forRole={role} /> : null}
      </div>
    </section>
  );
}
