import { useTranslation } from 'react-i18next';

import { itemPath } from '@/content/course-path';
import { manifest } from '@/content/loader';
import { useAllModuleContent } from '@/content/more-loaders';
import { useLocale } from '@/i18n/use-locale';
import { paths } from '@/lib/paths';
import { ASSESSMENT_KEY } from '@/stores/progress-record';
import { useSettingsStore } from '@/stores/settings-store';
import { Breadcrumbs } from '@/ui/breadcrumbs';
import { ScreenHeading } from '@/ui/screen-heading';

import { assessmentBank, assessmentModule, roleWeighting } from './assessment';
import { QuizRunner } from './quiz-runner';

import './quiz.css';

/** The final assessment: questions from every written module, weighted towards the learner's role. */
export function AssessmentPage() {
  const { t } = useTranslation(['quiz', 'common']);
  const locale = useLocale();
  const modules = useAllModuleContent(locale);
  const role = useSettingsStore((s) => s.role);
  const { draw, passMark, roleWeight } = manifest.assessment;
  const bank = assessmentBank(modules);
  const title = t('assessmentTitle');

  return (
    <div className="quiz">
      <Breadcrumbs
        label={t('common:breadcrumbs')}
        crumbs={[{ label: t('common:nav.course'), to: paths.home.href() }, { label: title }]}
      />
      <ScreenHeading title={title} site={t('common:appName')}>
        {title}
      </ScreenHeading>
      <p className="lead">{t('assessmentLead', { count: modules.length })}</p>
      <QuizRunner
        storeKey={ASSESSMENT_KEY}
        bank={bank}
        draw={draw}
        passMark={passMark}
        weight={roleWeighting(role, roleWeight)}
        reviewLink={(q) => {
          const moduleId = assessmentModule(q.id);
          const lesson = modules
            .find((m) => m.id === moduleId)
            ?.lessons.find((l) => l.id === q.lesson);
          return moduleId && lesson
            ? { to: itemPath({ kind: 'lesson', moduleId, id: lesson.id }), title: lesson.title }
            : undefined;
        }}
        kind="assessment"
        title={title}
        backLink={{ to: paths.home.href(), title: t('common:backToCourse') }}
      />
    </div>
  );
}
