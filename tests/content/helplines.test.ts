/**
 * Helplines: the verified national lines keep their sources and check dates; a contact the
 * deploying organisation adds is marked as theirs, with its own check date, and kept apart.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { compileCourse } from '../../scripts/content/compile';
import { ContentError } from '../../scripts/content/errors';
import { LOCALES } from '../../src/content/locales';

const CONTENT = path.resolve(__dirname, '../../content');

const REGIONAL = `
- number: "+7 7172 00 00 00"
  name: { en: City crisis centre, ru: Городской кризисный центр, kk: Қалалық дағдарыс орталығы }
  description: { en: Shelter and advice., ru: Приют и консультации., kk: Баспана және кеңес. }
  regional:
    addedBy: { en: Children's Home No. 2, ru: Детский дом № 2, kk: № 2 балалар үйі }
    checked: 2026-11-30
`;

let dir: string;
beforeEach(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'qorgau-helplines-')), 'content');
  cpSync(CONTENT, dir, { recursive: true });
});
afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

const append = (text: string) => {
  const file = path.join(dir, 'helplines.yaml');
  writeFileSync(file, readFileSync(file, 'utf8') + text);
};

async function problems(): Promise<string> {
  try {
    await compileCourse(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('the broken content compiled without an error');
}

describe('helplines', () => {
  it('keep 102, 112 and 111, each with a source and the date it was checked', async () => {
    const { help } = await compileCourse(CONTENT);
    for (const locale of LOCALES) {
      expect(help[locale].helplines.map((h) => h.number)).toEqual(
        expect.arrayContaining(['102', '112', '111']),
      );
      for (const line of help[locale].helplines) {
        expect(line.sources.length, line.number).toBeGreaterThan(0);
        for (const s of line.sources) expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it("keep a contact the organisation adds apart, with who added it and its own check date", async () => {
    append(REGIONAL);
    const { help } = await compileCourse(dir);
    expect(help.kk.regional).toEqual([
      {
        number: '+7 7172 00 00 00',
        name: 'Қалалық дағдарыс орталығы',
        description: 'Баспана және кеңес.',
        addedBy: '№ 2 балалар үйі',
        checked: '2026-11-30',
      },
    ]);
    expect(help.kk.helplines.map((h) => h.number)).not.toContain('+7 7172 00 00 00');
  });

  it('refuse a regional contact checked in the future', async () => {
    append(REGIONAL.replace('2026-11-30', '2999-01-01'));
    expect(await problems()).toContain(
      'content/helplines.yaml → [3](number: +7 7172 00 00 00).regional.checked: 2999-01-01 is in the future',
    );
  });

  it('refuse a regional contact without the organisation that added it', async () => {
    append(REGIONAL.replace(/ {4}addedBy: .*\n/, ''));
    expect(await problems()).toMatch(/content\/helplines\.yaml → \[3\]\.regional\.addedBy: /);
  });

  it('refuse a contact that is neither verified (sources) nor regional, or both', async () => {
    append(REGIONAL.replace(/ {2}regional:\n.*\n.*\n/, ''));
    expect(await problems()).toContain(
      'needs either sources: [...] (a verified national helpline) or regional: { addedBy, checked }',
    );
  });
});
