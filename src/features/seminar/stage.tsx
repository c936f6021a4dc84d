import { use } from 'react';
import { useTranslation } from 'react-i18next';

import { loadScenarioContent, useModuleContent } from '@/content/loader';
import type { LessonContent, ModuleContent, Question, ScenarioContent } from '@/content/types';
import { replay } from '@/content/scenario-engine';
import { useLocale } from '@/i18n/use-locale';
import type { PlanItem } from '@/stores/seminar-store';

import { QuizStage, quizVoteOptions } from './quiz-stage';
import type { RunState } from './run-engine';
import { choiceOrder, ScenarioStage } from './scenario-stage';

/** What the current step of the plan is, in the seminar's language. */
export interface StageStep {
  content: ModuleContent;
  /** Names of the indicators the step can show (a case's own, or the module's). */
  indicators?: Record<string, string>;
  title: string;
  scenario?: ScenarioContent;
  question?: Question;
  lesson?: LessonContent;
  /** What the room votes on, in the order shown (digit keys follow it); empty when nothing. */
  options: { id: string; label: string }[];
  /** Trainer notes for this step (presenter only). */
  notes?: string;
  ended: boolean;
}

export function useStageStep(item: PlanItem, run: RunState): StageStep {
  const locale = useLocale();
  const { t } = useTranslation('seminar');
  const content = useModuleContent(item.moduleId, locale);
  if (item.kind === 'scenario') {
    // Each case is its own chunk; `use` may wait for it here, inside the branch.
    const chunk = use(loadScenarioContent(item.moduleId, item.id, locale));
    const { scenario } = chunk;
    const node = replay(scenario, run.path).current;
    return {
      content,
      indicators: chunk.indicators,
      title: scenario.title,
      scenario,
      options:
        node.type === 'situation'
          ? choiceOrder(run, node).map((c) => ({ id: c.id, label: c.text }))
          : [],
      ...(node.facilitator ? { notes: node.facilitator } : {}),
      ended: node.type === 'ending',
    };
  }
  if (item.kind === 'quiz') {
    const question = content.quiz?.questions[run.question];
    return {
      content,
      title: t('quizTitle', { module: content.title }),
      ...(question ? { question, options: quizVoteOptions(question, run, t) } : { options: [] }),
      ended: false,
    };
  }
  const lesson = content.lessons.find((l) => l.id === item.id);
  return {
    content,
    title: lesson?.title ?? item.id,
    ...(lesson ? { lesson } : {}),
    options: [],
    ended: false,
  };
}

interface StageProps {
  step: StageStep;
  run: RunState;
  audience: 'room' | 'trainer';
}

/** The part of the seminar the room sees; the presenter shows the same, with the answers marked. */
export function Stage({ step, run, audience }: StageProps) {
  const { t } = useTranslation('seminar');
  if (step.scenario)
    return (
      <ScenarioStage
        scenario={step.scenario}
        run={run}
        indicatorNames={step.indicators ?? step.content.indicators}
        audience={audience}
      />
    );
  if (step.question)
    return (
      <QuizStage
        question={step.question}
        number={run.question + 1}
        count={step.content.quiz?.questions.length ?? 0}
        run={run}
        audience={audience}
      />
    );
  const { lesson } = step;
  return (
    <section className="stage-lesson" aria-labelledby="stage-heading">
      <h2 id="stage-heading">{step.title}</h2>
      {lesson ? (
        <ol className="stage-sections">
          {lesson.sections.map((s) => (
            <li key={s.heading}>{s.heading}</li>
          ))}
        </ol>
      ) : null}
      <h3>{t('keyPoints')}</h3>
      <ul>
        {step.content.keyPoints.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </section>
  );
}
