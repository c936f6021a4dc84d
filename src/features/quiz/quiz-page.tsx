import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { modulePath } from '@/content/course-path';
import { requireModule, useModuleContent } from '@/content/loader';
import type { ManifestModule, ModuleContent, Question, QuizContent } from '@/content/types';
import { useLocale } from '@/i18n/use-locale';
import { NotFoundError } from '@/lib/not-found';
import { useProgressStore } from '@/stores/progress-store';
import { announce } from '@/ui/announcer';
import { Breadcrumbs } from '@/ui/breadcrumbs';
import { ScreenHeading } from '@/ui/screen-heading';

import { QuestionView } from './question-view';
import { drawQuestions, scoreAttempt } from './quiz-engine';
import { QuizSummary } from './quiz-summary';

import './quiz.css';

export function QuizPage() {
  const { moduleId } = useParams();
  const module = requireModule(moduleId);
  const locale = useLocale();
  const content = useModuleContent(module.id, locale);
  if (!content.quiz) throw new NotFoundError(`${moduleId}/quiz`);
  return <QuizView module={module} content={content} quiz={content.quiz} />;
}

function QuizView({
  module,
  content,
  quiz,
}: {
  module: ManifestModule;
  content: ModuleContent;
  quiz: QuizContent;
}) {
  const { t } = useTranslation(['quiz', 'common']);
  const entry = useProgressStore((s) => s.quizzes[module.id]);
  const startQuiz = useProgressStore((s) => s.startQuiz);
  const answerQuestion = useProgressStore((s) => s.answerQuestion);
  const finishQuiz = useProgressStore((s) => s.finishQuiz);
  const [viewing, setViewing] = useState<string | null>(null);
  const [finished, setFinished] = useState(false);
  /** Once the learner has acted, each new question takes focus (not on arrival at the page). */
  const [acted, setActed] = useState(false);
  const title = t('title', { module: content.title });
  const attempt = entry?.attempt;

  const start = () => {
    const seed = Math.floor(Math.random() * 2 ** 31);
    startQuiz(module.id, seed, drawQuestions(quiz.questions, quiz.draw, seed));
    setActed(true);
    setViewing(null);
    setFinished(false);
  };

  // Questions removed from the bank since the attempt began are skipped, never shown broken.
  const questions = (attempt?.questionIds ?? [])
    .map((id) => quiz.questions.find((q) => q.id === id))
    .filter((q): q is Question => q !== undefined);
  const current =
    questions.find((q) => q.id === viewing) ?? questions.find((q) => !attempt?.answers[q.id]);

  const finish = () => {
    if (!attempt) return;
    const result = scoreAttempt(questions, attempt.answers, quiz.passMark);
    finishQuiz(module.id, result);
    setViewing(null);
    setFinished(true);
    announce(
      t(result.passed ? 'passedAnnouncement' : 'notPassedAnnouncement', {
        score: result.score,
        max: result.max,
      }),
    );
  };
  const next = () => {
    setActed(true);
    const remaining = questions.filter((q) => !attempt?.answers[q.id] && q.id !== viewing);
    if (remaining.length === 0) finish();
    else setViewing(null);
  };

  return (
    <div className="quiz">
      <Breadcrumbs
        label={t('common:breadcrumbs')}
        crumbs={[
          { label: t('common:nav.course'), to: '/' },
          { label: content.title, to: modulePath(module.id) },
          { label: t('common:quizTitle') },
        ]}
      />
      <ScreenHeading title={title} site={t('common:appName')}>
        {title}
      </ScreenHeading>
      {attempt && current ? (
        <QuestionView
          key={current.id}
          question={current}
          seed={attempt.seed}
          number={questions.indexOf(current) + 1}
          total={questions.length}
          answer={attempt.answers[current.id]}
          onCheck={(answer) => {
            setViewing(current.id);
            answerQuestion(module.id, current.id, answer);
          }}
          onNext={next}
          nextLabel={
            questions.indexOf(current) + 1 === questions.length ? t('seeResult') : t('next')
          }
          focusOnShow={acted}
        />
      ) : attempt ? (
        <button type="button" className="button button-primary" onClick={finish}>
          {t('seeResult')}
        </button>
      ) : (
        <QuizSummary
          module={module}
          content={content}
          quiz={quiz}
          history={entry?.history ?? []}
          onStart={start}
          focusResult={finished}
        />
      )}
    </div>
  );
}
