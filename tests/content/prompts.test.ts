/**
 * The quiz screen says "Select all that apply" above every multiple-response question itself, so a
 * prompt that says it too shows the instruction twice (issue 10).
 */
import path from 'node:path';

import { compileCourse } from '../../scripts/content/compile';
import { LOCALES } from '../../src/content/locales';

const CONTENT = path.resolve(__dirname, '../../content');
const SELECT_ALL = /(choose|select) all that apply|выберите все|барлық.{0,30}таңдаңыз/i;

describe('multiple-response prompts', () => {
  it('leave "select all that apply" to the quiz screen, in every language', async () => {
    const compiled = await compileCourse(CONTENT);
    const repeated: string[] = [];
    for (const [moduleId, byLocale] of compiled.modules)
      for (const locale of LOCALES)
        for (const q of byLocale[locale]?.quiz?.questions ?? [])
          if (q.type === 'multiple' && SELECT_ALL.test(q.prompt))
            repeated.push(`${moduleId}/${q.id} (${locale})`);
    expect(repeated).toEqual([]);
  });
});
