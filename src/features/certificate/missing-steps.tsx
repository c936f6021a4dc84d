import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { itemPath, itemTitle, modulePath, type CourseItem } from '@/content/course-path';
import { useCourseOutline, useCourseText } from '@/i18n/use-course-text';
import { paths } from '@/lib/paths';

/** Before the certificate: every step still to do, by module, each a link to it. */
export function MissingSteps({
  missing,
  assessmentPassed,
}: {
  missing: CourseItem[];
  assessmentPassed: boolean;
}) {
  const { t } = useTranslation('certificate');
  const text = useCourseText();
  const outline = useCourseOutline();
  const byModule = new Map<string, CourseItem[]>();
  for (const item of missing)
    byModule.set(item.moduleId, [...(byModule.get(item.moduleId) ?? []), item]);
  return (
    <section aria-labelledby="certificate-missing">
      <h2 id="certificate-missing">{t('missing.heading')}</h2>
      <p>{t('missing.intro')}</p>
      <p>
        {missing.length > 0 ? t('missing.count', { count: missing.length }) : t('missing.allDone')}
      </p>
      {[...byModule].map(([moduleId, items]) => (
        <div key={moduleId} className="missing-module">
          <h3>
            <Link to={modulePath(moduleId)}>{text.modules[moduleId]?.title ?? moduleId}</Link>
          </h3>
          <ul>
            {items.map((item) => (
              <li key={`${item.kind}-${item.id}`}>
                <Link to={itemPath(item)}>{itemTitle(outline, item) ?? t('missing.quiz')}</Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {assessmentPassed ? null : (
        <p>
          <Link className="button" to={paths.assessment.href()}>
            {t('missing.assessment')}
          </Link>
        </p>
      )}
    </section>
  );
}
