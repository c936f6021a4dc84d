/**
 * Every id the learner's saved progress can name, for the compact SCORM encoding
 * (src/stores/suspend-data.ts): modules, lessons, scenarios and their nodes and choices,
 * questions and their options, steps, pairs, cards, categories and phrases, indicators, and the
 * `module/item` keys progress is filed under. Language-free: taken from one language's content.
 */
import { LOCALES } from '../../src/content/locales.ts';
import type { CompiledCourse } from './compile.ts';

/**
 * The key the final assessment is saved under (ASSESSMENT_KEY in src/stores/progress-record.ts,
 * which this file cannot import: it is loaded by vite.config.ts, before the `@/` alias exists).
 * suspend-data.test.ts checks the two agree.
 */
export const ASSESSMENT_ID = '@assessment';

/** Every `id` value and every indicator id anywhere in `value`. */
function collect(value: unknown, into: Set<string>) {
  if (Array.isArray(value)) for (const v of value) collect(v, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') into.add(v);
      else if (k === 'indicators' && Array.isArray(v))
        for (const i of v) if (typeof i === 'string') into.add(i);
      else if ((k === 'indicators' || k === 'nodes') && v && typeof v === 'object')
        for (const key of Object.keys(v)) into.add(key);
      collect(v, into);
    }
}

export function courseIds(course: CompiledCourse): string[] {
  const locale = LOCALES[0];
  const found = new Set<string>([ASSESSMENT_ID, 'true', 'false']);
  for (const m of course.manifest.modules) {
    found.add(m.id);
    for (const l of m.lessons) found.add(`${m.id}/${l.id}`);
    for (const s of m.scenarios) found.add(`${m.id}/${s.id}`);
  }
  for (const [moduleId, byLocale] of course.modules) {
    const content = byLocale[locale];
    collect(content, found);
    for (const q of content.quiz?.questions ?? []) found.add(`${moduleId}/${q.id}`);
  }
  for (const scenarios of course.scenarios.values())
    for (const byLocale of scenarios.values()) collect(byLocale[locale].scenario, found);
  return [...found];
}
