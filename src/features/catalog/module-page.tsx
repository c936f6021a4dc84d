import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { itemPath, moduleItems, type CourseItem } from '@/content/course-path';
import { manifest, requireModule, useModuleContent } from '@/content/loader';
import type { ManifestModule, ModuleContent } from '@/content/types';
import { useCourseOutline } from '@/i18n/use-course-text';
import { useLocale } from '@/i18n/use-locale';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { isItemDone, moduleProgress } from '@/stores/module-progress';
import { useProgressData } from '@/stores/progress-store';
import { useSettingsStore } from '@/stores/settings-store';
import { Breadcrumbs } from '@/ui/breadcrumbs';
import { ProgressBar } from '@/ui/progress-bar';
import { RoleSelect } from '@/ui/role-select';
import { ScreenHeading } from '@/ui/screen-heading';
import { SourceList } from '@/ui/source-list';

import './module-page.css';

export function ModulePage() {
  const { moduleId } = useParams();
  const module = requireModule(moduleId);
  return <ModuleOverview module={module} />;
}

function ModuleOverview({ module }: { module: ManifestModule }) {
  const { t } = useTranslation(['module', 'catalog', 'common']);
  const locale = useLocale();
  const content = useModuleContent(module.id, locale);
  const outline = useCourseOutline();
  const progress = useProgressData();
  const p = moduleProgress(progress, module);
  const items = moduleItems(module);
  const role = useSettingsStore((s) => s.role);
  const setRole = useSettingsStore((s) => s.setRole);

  return (
    <>
      <Breadcrumbs
        label={t('common:breadcrumbs')}
        crumbs={[
          { label: t('common:nav.course'), to: paths.home.href() },
          { label: content.title },
        ]}
      />
      <p className="eyebrow">{t('catalog:moduleNumber', { number: module.number })}</p>
      <ScreenHeading title={content.title} site={t('common:appName')}>
        {content.title}
      </ScreenHeading>
      <p className="lead">{content.summary}</p>
      <ProgressBar
        value={p.percent}
        label={t('catalog:moduleProgressLabel', { title: content.title })}
        valueText={t('catalog:progressValue', { done: p.done, total: p.total })}
      />
      <p className="meta">
        {t('catalog:progressValue', { done: p.done, total: p.total })} ·{' '}
        {t('catalog:minutes', { count: module.minutes })}
      </p>
      {p.next ? (
        <Link className="button button-primary" to={itemPath(p.next)}>
          {p.done === 0 ? t('startModuleButton') : t('continueModuleButton')}
        </Link>
      ) : (
        <p className="done-note">{t('moduleDone')}</p>
      )}

      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">{t('objectivesHeading')}</h2>
        <ul>
          {content.objectives.map((o, i) => (
            <li key={i}>{o}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('stepsHeading')}</h2>
        <ol className="step-list">
          {items.map((item) => {
            const done = isItemDone(progress, item);
            const kind = t(`kind.${item.kind}`);
            const title = titleIn(content, item) ?? t('common:quizTitle');
            return (
              <li key={`${item.kind}-${item.id}`} className={done ? 'step step-done' : 'step'}>
                <span className="step-kind">{kind}</span>
                <Link to={itemPath(item)}>{title}</Link>
                <span className="step-status">{done ? t('status.done') : t('status.todo')}</span>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="print-heading">
        <h2 id="print-heading">{t('printHeading')}</h2>
        <RoleSelect
          label={t('role.label')}
          none={t('role.none')}
          roles={manifest.roles.map((id) => ({ id, name: outline.roles[id] ?? id }))}
          value={role}
          onChange={setRole}
        />
        <ul>
          <li>
            <Link to={paths.handout.href(module.id)}>{t('handoutLink')}</Link>
          </li>
          {content.scenarios.map((s) => (
            <li key={s.id}>
              <Link to={paths.caseCards.href(module.id, s.id)}>
                {t('caseCardsLink', { title: s.title })}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <SourceList
        heading={t('sourcesHeading')}
        sources={content.sources}
        checkedLabel={(d) => t('sourceChecked', { date: formatDate(d, locale) })}
      />
    </>
  );
}

/** A lesson's or scenario's title from the module's own chunk; undefined for the quiz. */
function titleIn(content: ModuleContent, item: CourseItem): string | undefined {
  if (item.kind === 'quiz') return undefined;
  return (item.kind === 'lesson' ? content.lessons : content.scenarios).find(
    (x) => x.id === item.id,
  )?.title;
}
