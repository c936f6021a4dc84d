/** Checks a module's question bank beyond its schema, and resolves questions to one language. */
import type { Locale } from '../../src/content/locales.ts';
import { SPOT_MARKER, type QuestionSource, type QuizSource } from '../../src/content/schema.ts';
import type { Question, SpotSegment } from '../../src/content/types.ts';
import type { ContentProblem } from './errors.ts';

interface QuizRefs {
  file: string;
  lessons: Set<string>;
  indicators: Set<string>;
  roles: Set<string>;
}

export function checkQuiz(quiz: QuizSource, refs: QuizRefs): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file: refs.file, field, message });
  const seen = new Set<string>();
  for (const [i, q] of quiz.questions.entries()) {
    const field = `questions[${i}](id: ${q.id})`;
    if (seen.has(q.id)) add(field, `question id "${q.id}" is used twice`);
    seen.add(q.id);
    if (!refs.lessons.has(q.lesson)) add(`${field}.lesson`, `lesson "${q.lesson}" is not in module.yaml`);
    for (const id of q.indicators)
      if (!refs.indicators.has(id)) add(`${field}.indicators`, `indicator "${id}" does not exist`);
    for (const id of q.roles) if (!refs.roles.has(id)) add(`${field}.roles`, `role "${id}" does not exist`);
    if ((q.type === 'single' || q.type === 'multiple') && new Set(q.options.map((o) => o.id)).size !== q.options.length)
      add(`${field}.options`, 'option ids must be unique');
    if (q.type === 'categorise') {
      const categories = new Set(q.categories.map((c) => c.id));
      for (const [c, card] of q.cards.entries())
        if (!categories.has(card.category))
          add(`${field}.cards[${c}](id: ${card.id}).category`, `category "${card.category}" is not one of this question's categories`);
    }
    if (q.type === 'spot') {
      for (const [p, phrase] of q.phrases.entries())
        if (phrase.indicator && !refs.indicators.has(phrase.indicator))
          add(`${field}.phrases[${p}](id: ${phrase.id}).indicator`, `indicator "${phrase.indicator}" does not exist`);
      if (!q.phrases.some((p) => p.indicator)) add(`${field}.phrases`, 'at least one phrase must be an indicator');
      for (const locale of ['en', 'ru', 'kk'] as const) {
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
  const base = { id: q.id, lesson: q.lesson, indicators: q.indicators, roles: q.roles, prompt: q.prompt[locale] };
  switch (q.type) {
    case 'true-false':
      return { ...base, type: q.type, answer: q.answer, feedback: { true: q.feedback.true[locale], false: q.feedback.false[locale] } };
    case 'single':
    case 'multiple':
      return {
        ...base,
        type: q.type,
        options: q.options.map((o) => ({ id: o.id, correct: o.correct, text: o.text[locale], feedback: o.feedback[locale] })),
      };
    case 'matching':
      return {
        ...base,
        type: q.type,
        pairs: q.pairs.map((p) => ({ id: p.id, item: p.item[locale], match: p.match[locale], feedback: p.feedback[locale] })),
      };
    case 'ordering':
      return { ...base, type: q.type, steps: q.steps.map((s) => ({ id: s.id, text: s.text[locale], feedback: s.feedback[locale] })) };
    case 'categorise':
      return {
        ...base,
        type: q.type,
        categories: q.categories.map((c) => ({ id: c.id, name: c.name[locale] })),
        cards: q.cards.map((c) => ({ id: c.id, text: c.text[locale], category: c.category, feedback: c.feedback[locale] })),
      };
    case 'spot':
      return {
        ...base,
        type: q.type,
        passage: spotSegments(q.passage[locale]),
        phrases: q.phrases.map((p) => ({ id: p.id, ...(p.indicator ? { indicator: p.indicator } : {}), feedback: p.feedback[locale] })),
      };
  }
}
