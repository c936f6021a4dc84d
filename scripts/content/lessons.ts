/** A module's lessons in every language: Markdown parsed, citations checked, sections matched. */
import path from 'node:path';

import { LOCALES, type Locale } from '../../src/content/locales.ts';
import type { ModuleSource } from '../../src/content/schema.ts';
import type { LessonContent } from '../../src/content/types.ts';
import { unknownIds } from './ids.ts';
import { parseLesson } from './markdown.ts';
import type { ContentReader } from './read.ts';

export interface CompiledLessons {
  byLocale: Record<Locale, { lessons: LessonContent[]; words: number; terms: string[] }>;
  /** Sections per lesson, the same in every language (the first language's count). */
  sections: Map<string, number>;
  /** Indicator ids each lesson's checklists name, the same in every language. */
  teaches: Map<string, string[]>;
}

type IndicatorNames = readonly {
  id: string;
  name: Record<Locale, string>;
  description: Record<Locale, string>;
}[];

const LESSON_FILE = /^(.+)\.([a-z]{2})\.md$/;

/** Files in lessons/ that are not `<lesson-id>.<locale>.md` for a lesson of this module. */
export function strayLessonFiles(reader: ContentReader, dir: string, files: string[], mod: ModuleSource) {
  const ids = new Set(mod.lessons.map((l) => l.id));
  for (const f of files) {
    const m = LESSON_FILE.exec(f);
    if (!m || !ids.has(m[1] as string) || !(LOCALES as readonly string[]).includes(m[2] as string))
      reader.problems.push({
        file: `${reader.rel(dir)}/lessons/${f}`,
        message: `not a lesson listed in module.yaml (expected <lesson-id>.<${LOCALES.join('|')}>.md)`,
      });
  }
}

export async function compileLessons(
  reader: ContentReader,
  dir: string,
  mod: ModuleSource,
  sourceIds: ReadonlySet<string>,
  indicatorNames: IndicatorNames,
  glossaryIds: ReadonlySet<string>,
): Promise<CompiledLessons> {
  const sections = new Map<string, number>();
  const teaches = new Map<string, string[]>();
  const byId = new Map(indicatorNames.map((i) => [i.id, i]));
  /** Each lesson's marked terms in the first language, which every other language must match. */
  const marked = new Map<string, string[]>();
  const byLocale = {} as CompiledLessons['byLocale'];
  for (const locale of LOCALES) {
    let words = 0;
    const lessons: LessonContent[] = [];
    const terms = new Set<string>();
    for (const lesson of mod.lessons) {
      const file = path.join(dir, 'lessons', `${lesson.id}.${locale}.md`);
      const fileRel = reader.rel(file);
      const markdown = reader.text(file, `missing: lesson "${lesson.id}" has no ${locale} text`);
      if (markdown === undefined) continue;
      const parsed = await parseLesson(markdown, {
        indicator: (id) => {
          const i = byId.get(id);
          return i && { name: i.name[locale], description: i.description[locale] };
        },
      });
      for (const message of parsed.problems) reader.problems.push({ file: fileRel, message });
      reader.problems.push(...unknownIds(fileRel, ':cite', 'source', parsed.citations, sourceIds));
      reader.problems.push(
        ...unknownIds(fileRel, ':term', 'glossary term (content/glossary.yaml)', parsed.terms, glossaryIds),
      );
      for (const id of parsed.terms) if (glossaryIds.has(id)) terms.add(id);
      const first = marked.get(lesson.id);
      const same = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();
      if (first === undefined) marked.set(lesson.id, parsed.terms);
      else if (!same(first, parsed.terms))
        reader.problems.push({
          file: fileRel,
          field: ':term',
          message: `marks the terms [${parsed.terms.join(', ')}] but the ${LOCALES[0]} version marks [${first.join(', ')}]; every language marks the same terms`,
        });
      const expected = sections.get(lesson.id);
      if (expected === undefined) sections.set(lesson.id, parsed.sections.length);
      else if (expected !== parsed.sections.length)
        reader.problems.push({
          file: fileRel,
          message: `has ${parsed.sections.length} sections but the ${LOCALES[0]} version has ${expected}; every language needs the same sections`,
        });
      const taught = teaches.get(lesson.id);
      if (taught === undefined) teaches.set(lesson.id, parsed.indicators);
      else if (taught.join() !== parsed.indicators.join())
        reader.problems.push({
          file: fileRel,
          message: `its ":::indicators" checklists name ${parsed.indicators.join(', ') || 'nothing'} but the ${LOCALES[0]} version names ${taught.join(', ') || 'nothing'}; every language names the same ids in the same order`,
        });
      words += parsed.words;
      lessons.push({
        id: lesson.id,
        title: lesson.title[locale],
        sections: parsed.sections,
        sources: parsed.citations,
      });
    }
    byLocale[locale] = { lessons, words, terms: [...terms] };
  }
  return { byLocale, sections, teaches };
}
