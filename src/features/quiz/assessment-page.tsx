import { useTranslation } from 'react-i18next';

import { itemPath } from '@/content/course-path';
import { manifest } from '@/content/loader';
import { useAllModuleContent } from '@/content/more-loaders';
import type { Question } from '@/content/types';
import { useLocale } from '@/i18n/use-locale';
import { ASSESSMENT_KEY } from '@/stores/progress-record';
import { useSettingsStore } from '@/stores/settings-store';
import { Breadcrumbs } from '@/ui/breadcrumbs';
import { ScreenHeading } from '@/ui/screen-heading';

import { QuizRunner } from './quiz-runner';

import './quiz.css';

/** Question ids are unique within a module; in the assessment they carry their module. */
const SEPARATOR = '/';

/** The final assessment: questions from every written module, weighted towards the learner's role. */
export function AssessmentPage() {
  const { t } = useTranslation(['quiz', 'common']);
  const locale = useLocale();
  const modules = useAllModuleContent(locale);
  const role = useSettingsStore((s) => s.role);
  const { draw, passMark, roleWeight } = manifest.assessment;
  const bank: Question[] = modules.flatMap((m) =>
    (m.quiz?.questions ?? []).map((q) => ({ ...q, id: `${m.id}${SEPARATOR}${q.id}` })),
  );
  const title = t('assessmentTitle');

  return (
    <div className="quiz">
      <Breadcrumbs
        label={t('common:breadcrumbs')}
        crumbs={[{ label: t('common:nav.course'), to: '/' }, { label: title }]}
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
        weight={(q) => (role && q.roles.includes(role) ? roleWeight : 1)}
        reviewLink={(q) => {
          const moduleId = q.id.split(SEPARATOR)[0] as string;
          const lesson = modules
            .find((m) => m.id === moduleId)
            ?.lessons.find((l) => l.id === q.lesson);
          return lesson
            ? { to: itemPath({ kind: 'lesson', moduleId, id: lesson.id }), title: lesson.title }
            : undefined;
        }}
        kind="assessment"
        backLink={{ to: '/', title: t('common:backToCourse') }}
      />
    </div>
  );
}
