import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { itemPath, modulePath } from '@/content/course-path';
import { requireModule, useModuleContent } from '@/content/loader';
import { useLocale } from '@/i18n/use-locale';
import { NotFoundError } from '@/lib/not-found';
import { paths } from '@/lib/paths';
import { Breadcrumbs } from '@/ui/breadcrumbs';
import { ScreenHeading } from '@/ui/screen-heading';

import { QuizRunner } from './quiz-runner';

import './quiz.css';

/** A module's quiz: questions drawn from the module's bank. */
export function QuizPage() {
  const { moduleId } = useParams();
  const module = requireModule(moduleId);
  const locale = useLocale();
  const content = useModuleContent(module.id, locale);
  const { t } = useTranslation(['quiz', 'common']);
  const quiz = content.quiz;
  if (!quiz) throw new NotFoundError(`${moduleId}/quiz`);
  const title = t('title', { module: content.title });

  return (
    <div className="quiz">
      <Breadcrumbs
        label={t('common:breadcrumbs')}
        crumbs={[
          { label: t('common:nav.course'), to: paths.home.href() },
          { label: content.title, to: modulePath(module.id) },
          { label: t('common:quizTitle') },
        ]}
      />
      <ScreenHeading title={title} site={t('common:appName')}>
        {title}
      </ScreenHeading>
      <QuizRunner
        storeKey={module.id}
        bank={quiz.questions}
        draw={quiz.draw}
        passMark={quiz.passMark}
        reviewLink={(q) => {
          const lesson = content.lessons.find((l) => l.id === q.lesson);
          return lesson
            ? {
                to: itemPath({ kind: 'lesson', moduleId: module.id, id: lesson.id }),
                title: lesson.title,
              }
            : undefined;
        }}
        kind="module"
        title={content.title}
        backLink={{ to: modulePath(module.id), title: t('common:backToModule') }}
      />
    </div>
  );
}
