/** Checks a module's question bank beyond its schema, and resolves questions to one language. */
import { LOCALES, type Locale } from '../../src/content/locales.ts';
import { SPOT_MARKER, type QuestionSource, type QuizSource } from '../../src/content/schema.ts';
import type { Question, SpotSegment } from '../../src/content/types.ts';
import type { ContentProblem } from './errors.ts';
import { duplicateIds } from './ids.ts';
import { inLocale } from './locale-outputs.ts';

interface QuizRefs {
  file: string;
  lessons: Set<string>;
  indicators: Set<string>;
  roles: Set<string>;
}

export function checkQuiz(quiz: QuizSource, refs: QuizRefs): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file: refs.file, field, message });
  problems.push(...duplicateIds(refs.file, 'questions', 'question', quiz.questions.map((q) => q.id)));
  for (const [i, q] of quiz.questions.entries()) {
    const field = `questions[${i}](id: ${q.id})`;
    if (!refs.lessons.has(q.lesson)) add(`${field}.lesson`, `lesson "${q.lesson}" is not in module.yaml`);
    for (const id of q.indicators)
      if (!refs.indicators.has(id)) add(`${field}.indicators`, `indicator "${id}" does not exist`);
    for (const id of q.roles) if (!refs.roles.has(id)) add(`${field}.roles`, `role "${id}" does not exist`);
    if (q.type === 'single' || q.type === 'multiple')
      problems.push(...duplicateIds(refs.file, `${field}.options`, 'option', q.options.map((o) => o.id)));
    if (q.type === 'categorise') {
      problems.push(...duplicateIds(refs.file, `${field}.categories`, 'category', q.categories.map((c) => c.id)));
      problems.push(...duplicateIds(refs.file, `${field}.cards`, 'card', q.cards.map((c) => c.id)));
      const categories = new Set(q.categories.map((c) => c.id));
      for (const [c, card] of q.cards.entries())
        if (!categories.has(card.category))
          add(`${field}.cards[${c}](id: ${card.id}).category`, `category "${card.category}" is not one of this question's categories`);
    }
    if (q.type === 'spot') {
      problems.push(...duplicateIds(refs.file, `${field}.phrases`, 'phrase', q.phrases.map((p) => p.id)));
      for (const [p, phrase] of q.phrases.entries())
        if (phrase.indicator && !refs.indicators.has(phrase.indicator))
          add(`${field}.phrases[${p}](id: ${phrase.id}).indicator`, `indicator "${phrase.indicator}" does not exist`);
      if (!q.phrases.some((p) => p.indicator)) add(`${field}.phrases`, 'at least one phrase must be an indicator');
      for (const locale of LOCALES) {
        const marked = [...q.passage[locale].matchAll(SPOT_MARKER)].map((m) => m[2] as string);
        for (const phrase of q.phrases)
          if (marked.filter((id) => id === phrase.id).length !== 1)
            add(`${field}.passage.${locale}`, `phrase "${phrase.id}" must be marked exactly once as [[…]]{${phrase.id}}`);
        for (const id of marked)
          if (!q.phrases.some((p) => p.id === id)) add(`${field}.passage.${locale}`, `marks phrase "${id}", which is not under phrases`);
      }
    }
  }
  if (quiz.draw && quiz.draw > quiz.questions.length)
    add('draw', `draws ${quiz.draw} questions but the bank has ${quiz.questions.length}`);
  return problems;
}

/** Splits a passage into plain text and markable phrases. */
export function spotSegments(passage: string): SpotSegment[] {
  const segments: SpotSegment[] = [];
  let last = 0;
  for (const m of passage.matchAll(SPOT_MARKER)) {
    if (m.index > last) segments.push(passage.slice(last, m.index));
    segments.push({ phrase: m[2] as string, text: m[1] as string });
    last = m.index + m[0].length;
  }
  if (last < passage.length) segments.push(passage.slice(last));
  return segments;
}

export function localizeQuestion(q: QuestionSource, locale: Locale): Question {
  const question = inLocale(q, locale);
  return question.type === 'spot' && q.type === 'spot'
    ? { ...question, passage: spotSegments(q.passage[locale]) }
    : (question as Question);
}
