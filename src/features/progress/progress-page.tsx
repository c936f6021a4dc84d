import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { modulePath } from '@/content/course-path';
import { manifest } from '@/content/loader';
import { useIndicators } from '@/content/more-loaders';
import { useCourseOutline, useCourseText } from '@/i18n/use-course-text';
import { useLocale } from '@/i18n/use-locale';
import { own } from '@/lib/check';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { moduleProgress } from '@/stores/module-progress';
import { ASSESSMENT_KEY } from '@/stores/progress-record';
import { useProgressData } from '@/stores/progress-store';
import { useSettingsStore } from '@/stores/settings-store';
import { ProgressBar } from '@/ui/progress-bar';
import { RoleSelect } from '@/ui/role-select';
import { ScreenHeading } from '@/ui/screen-heading';

import { bestResult } from './best-result';
import { indicatorProfile } from './indicator-profile';
import { IndicatorTable } from './indicator-table';
import { ProgressTransfer } from './progress-transfer';
import { TrainerCode } from './trainer-code';
import { TrainerResult } from './trainer-result';

import './progress.css';

/** What I have done, my indicator profile, and my progress as a file. */
export function ProgressPage() {
  const { t } = useTranslation(['progress', 'common']);
  const locale = useLocale();
  const text = useCourseText();
  const outline = useCourseOutline();
  const taxonomy = useIndicators(locale);
  const progress = useProgressData();
  const profile = indicatorProfile(progress);
  const assessment = own(progress.quizzes, ASSESSMENT_KEY)?.history ?? [];
  const title = t('title');
  const role = useSettingsStore((s) => s.role);
  const setRole = useSettingsStore((s) => s.setRole);

  return (
    <>
      <ScreenHeading title={title} site={t('common:appName')}>
        {title}
      </ScreenHeading>
      <RoleSelect
        label={t('role.label')}
        none={t('role.none')}
        roles={manifest.roles.map((id) => ({ id, name: outline.roles[id] ?? id }))}
        value={role}
        onChange={setRole}
      />

      <section aria-labelledby="modules-progress">
        <h2 id="modules-progress">{t('modulesHeading')}</h2>
        <ul className="plain-list">
          {manifest.modules
            .filter((m) => m.status === 'ready')
            .map((m) => {
              const p = moduleProgress(progress, m);
              const moduleTitle = text.modules[m.id]?.title ?? m.id;
              const best = bestResult(own(progress.quizzes, m.id)?.history ?? []);
              return (
                <li key={m.id} className="card">
                  <Link to={modulePath(m.id)}>{moduleTitle}</Link>
                  <ProgressBar
                    value={p.percent}
                    label={t('moduleProgressLabel', { title: moduleTitle })}
                    valueText={t('progressValue', { done: p.done, total: p.total })}
                  />
                  <p className="meta">{t('progressValue', { done: p.done, total: p.total })}</p>
                  {best ? (
                    <p className="meta">{t('bestQuiz', { count: best.score, max: best.max })}</p>
                  ) : null}
                </li>
              );
            })}
        </ul>
      </section>

      <section aria-labelledby="assessment-progress">
        <h2 id="assessment-progress">{t('assessmentHeading')}</h2>
        {assessment.length === 0 ? (
          <p>{t('assessmentNone')}</p>
        ) : (
          <ul>
            {assessment.map((r) => (
              <li key={r.at}>
                {t('assessmentAttempt', {
                  date: formatDate(r.at, locale),
                  score: r.score,
                  max: r.max,
                })}{' '}
                <strong>{r.passed ? t('passed') : t('notPassed')}</strong>
              </li>
            ))}
          </ul>
        )}
        <Link className="button" to={paths.assessment.href()}>
          {assessment.length === 0 ? t('assessmentStart') : t('assessmentAgain')}
        </Link>
        <p>
          <Link to={paths.certificate.href()}>{t('certificateLink')}</Link>
        </p>
      </section>

      <section aria-labelledby="indicator-profile">
        <h2 id="indicator-profile">{t('profile.heading')}</h2>
        <p>{Object.keys(profile).length === 0 ? t('profile.empty') : t('profile.explain')}</p>
        <IndicatorTable taxonomy={taxonomy} profile={profile} outline={outline} />
      </section>

      <section aria-labelledby="transfer">
        <h2 id="transfer">{t('transfer.heading')}</h2>
        <ProgressTransfer />
      </section>

      <section aria-labelledby="trainer-result">
        <h2 id="trainer-result">{t('trainerResult.heading')}</h2>
        <TrainerResult />
      </section>

      <section aria-labelledby="trainer-code">
        <h2 id="trainer-code">{t('trainerCode.heading')}</h2>
        <TrainerCode />
      </section>
    </>
  );
}
