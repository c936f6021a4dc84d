import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { itemPath, itemTitle, modulePath, nextItem, type CourseItem } from '@/content/course-path';
import type { ManifestModule } from '@/content/types';
import { useCourseOutline } from '@/i18n/use-course-text';

/** After finishing a step: go on to the next one in the module, or back to the module. */
export function NextStepLinks({
  module,
  current,
  children,
}: {
  module: ManifestModule;
  current: CourseItem;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const text = useCourseOutline();
  const next = nextItem(module, current);
  return (
    <div className="actions">
      {children}
      {next ? (
        <Link className="button button-primary" to={itemPath(next)}>
          {t('nextItem', { title: itemTitle(text, next) ?? t('quizTitle') })}
        </Link>
      ) : null}
      <Link className="button" to={modulePath(module.id)}>
        {t('backToModule')}
      </Link>
    </div>
  );
}
