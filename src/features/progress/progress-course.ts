/**
 * Checks a progress file against this course: results are self-reported, so a file can claim
 * anything its shape allows. Every key must name a lesson, quiz or scenario the manifest lists,
 * and every result must be one the course could have given: a score no higher than the questions
 * a quiz has (or two points a decision in a scenario), `passed` as the pass mark says, no date
 * in the future. Question and indicator ids are checked for their shape only (by the record's
 * validator): checking them here would load every module's content. Pure.
 */
import type { Manifest, ManifestModule } from '@/content/types';
import { ASSESSMENT_KEY, type ProgressData, type QuizResult } from '@/stores/progress-record';

export type CourseProblem = 'other-course' | 'unknown-ids' | 'implausible';

/** Clocks differ between computers; a day ahead is still believable. */
const SKEW_MS = 24 * 60 * 60 * 1000;

function modules(course: Manifest): Map<string, ManifestModule> {
  return new Map(course.modules.map((m) => [m.id, m]));
}

function split(key: string): [string, string] {
  const [moduleId = '', itemId = ''] = key.split('/');
  return [moduleId, itemId];
}

const passedAgrees = (r: QuizResult, passMark: number) =>
  r.passed === (r.max > 0 && r.score / r.max >= passMark - 1e-9);

export function courseProblem(
  progress: ProgressData,
  course: Manifest,
  now = Date.now(),
): CourseProblem | null {
  const byId = modules(course);
  let known = 0;
  let unknown = 0;
  let implausible = false;
  const notLater = (at: string) => Date.parse(at) <= now + SKEW_MS || (implausible = true);

  for (const [key, lesson] of Object.entries(progress.lessons)) {
    const [moduleId, lessonId] = split(key);
    const found = byId.get(moduleId)?.lessons.find((l) => l.id === lessonId);
    if (!found) {
      unknown++;
      continue;
    }
    known++;
    if (lesson.reached >= found.sections) implausible = true;
    if (lesson.completedAt) notLater(lesson.completedAt);
  }

  for (const [key, quiz] of Object.entries(progress.quizzes)) {
    const module = key === ASSESSMENT_KEY ? undefined : byId.get(key);
    const limits =
      key === ASSESSMENT_KEY
        ? { questions: course.assessment.draw, passMark: course.assessment.passMark }
        : module?.quiz;
    if (!limits) {
      unknown++;
      continue;
    }
    known++;
    for (const r of quiz.history) {
      if (r.max < 1 || r.max > limits.questions || !passedAgrees(r, limits.passMark))
        implausible = true;
      if (r.missed.length !== r.max - r.score) implausible = true;
      notLater(r.at);
    }
    if (quiz.attempt) {
      if (quiz.attempt.questionIds.length > limits.questions) implausible = true;
      notLater(quiz.attempt.startedAt);
    }
  }

  for (const [key, scenario] of Object.entries(progress.scenarios)) {
    const [moduleId, scenarioId] = split(key);
    if (!byId.get(moduleId)?.scenarios.some((s) => s.id === scenarioId)) {
      unknown++;
      continue;
    }
    known++;
    for (const r of scenario.history) {
      if (r.score > 2 * r.choices.length) implausible = true;
      notLater(r.at);
    }
    if (scenario.run) notLater(scenario.run.startedAt);
  }

  if (unknown > 0) return known === 0 ? 'other-course' : 'unknown-ids';
  return implausible ? 'implausible' : null;
}
