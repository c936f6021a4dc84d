/**
 * The glossary: every term CONTENT-FACTS (c) lists is in it, in all three languages; a lesson's
 * `:term` names an entry that exists, the same terms in every language; broken copies fail.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';

import { compileCourse } from '../../scripts/content/compile';
import { ContentError } from '../../scripts/content/errors';
import { LOCALES } from '../../src/content/locales';
import type { RichNode } from '../../src/content/types';

const CONTENT = path.resolve(__dirname, '../../content');
const LESSON = 'modules/01-what-is-trafficking/lessons/act-means-purpose';

/** CONTENT-FACTS (c), as the course must write each term (en, ru, kk). */
const FACTS_GLOSSARY: [string, string, string][] = [
  ['human trafficking', 'торговля людьми', 'адам саудасы'],
  ['trafficking in minors', 'торговля несовершеннолетними', 'кәмелетке толмағандар саудасы'],
  ['victim of trafficking', 'жертва торговли людьми', 'адам саудасының құрбаны'],
  ['exploitation', 'эксплуатация', 'қанау'],
  ['recruitment', 'вербовка', 'азғырып көндіру'],
  ['referral', 'перенаправление', 'қайта бағыттау'],
  ['special social services', 'специальные социальные услуги', 'арнаулы әлеуметтік көрсетілетін қызметтер'],
  ['minor', 'несовершеннолетний', 'кәмелетке толмаған'],
  ['risk assessment', 'оценка рисков', 'тәуекелдерге бағалау'],
  ['illegal deprivation of liberty', 'незаконное лишение свободы', 'бас бостандығынан заңсыз айыру'],
  ['forced labour', 'принудительный труд', 'мәжбүрлі еңбек'],
  ['potential victim', 'потенциальная жертва', 'әлеуетті құрбан'],
  ['vulnerable groups', 'уязвимые группы', 'осал топтар'],
  ['indicators', 'индикаторы / признаки', 'индикаторлар / белгілер'],
  ['social worker', 'социальный работник', 'әлеуметтік қызметкер'],
  ['orphanage', 'детский дом', 'балалар үйі'],
  ['vocational school', 'колледж (ТиПО)', 'колледж (ТжКБ)'],
  ['rehabilitation', 'реабилитация', 'оңалту'],
  ['reintegration', 'реинтеграция', 'реинтеграция / әлеуметтік бейімдеу'],
  ['migrant smuggling', 'незаконный ввоз мигрантов', 'мигранттарды заңсыз әкелу'],
];

const terms = (node: RichNode): string[] =>
  typeof node === 'string'
    ? []
    : [...(node[1]?.term ? [node[1].term] : []), ...node.slice(2).flatMap((c) => terms(c as RichNode))];

describe('the glossary of the real course', () => {
  it('has every term of CONTENT-FACTS (c) in all three languages, with a meaning in each', async () => {
    const { glossary } = await compileCourse(CONTENT);
    for (const locale of LOCALES) {
      const entries = glossary[locale].entries;
      for (const [en, ru, kk] of FACTS_GLOSSARY)
        expect(entries.map((e) => e.terms), `${en} (${locale})`).toContainEqual({ en, ru, kk });
      for (const e of entries) expect(e.meaning.trim(), `${e.id} (${locale})`).not.toBe('');
    }
  });

  it('sorts the entries in the order of each language', async () => {
    const { glossary } = await compileCourse(CONTENT);
    const kk = glossary.kk.entries.map((e) => e.terms.kk);
    expect(kk).toEqual([...kk].sort((a, b) => a.localeCompare(b, 'kk')));
    expect(glossary.en.entries[0]?.terms.en.localeCompare(glossary.en.entries.at(-1)!.terms.en)).toBeLessThan(0);
  });

  it('links a term a lesson marks to its entry, and carries its meaning in the module', async () => {
    const { modules, glossary } = await compileCourse(CONTENT);
    for (const locale of LOCALES) {
      const module = modules.get('what-is-trafficking')![locale];
      const lesson = module.lessons.find((l) => l.id === 'act-means-purpose')!;
      const marked = lesson.sections.flatMap((s) => s.body.flatMap(terms));
      expect(marked).toEqual(expect.arrayContaining(['exploitation', 'recruitment']));
      const entry = glossary[locale].entries.find((e) => e.id === 'exploitation');
      expect(module.terms.exploitation).toBe(entry?.meaning);
    }
  });
});

describe('the glossary checks', () => {
  let dir: string;
  beforeEach(() => {
    dir = path.join(mkdtempSync(path.join(tmpdir(), 'qorgau-glossary-')), 'content');
    cpSync(CONTENT, dir, { recursive: true });
  });
  afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  const replaceIn = (file: string, from: string, to: string) => {
    const full = path.join(dir, file);
    const text = readFileSync(full, 'utf8');
    expect(text).toContain(from);
    writeFileSync(full, text.replace(from, to));
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

  it('refuses a :term whose id is not in glossary.yaml, naming the lesson file', async () => {
    replaceIn(`${LESSON}.ru.md`, '{id=exploitation}', '{id=exploitaton}');
    expect(await problems()).toContain(
      `content/${LESSON}.ru.md → :term: glossary term (content/glossary.yaml) "exploitaton" does not exist`,
    );
  });

  it('refuses a :term without an id', async () => {
    replaceIn(`${LESSON}.en.md`, ':term[exploitation]{id=exploitation}', ':term[exploitation]');
    expect(await problems()).toContain(
      '":term[exploitation]" needs the glossary id: :term[exploitation]{id=glossary-id}',
    );
  });

  it('refuses a lesson that marks other terms in one language', async () => {
    replaceIn(`${LESSON}.ru.md`, ':term[эксплуатация]{id=exploitation}', 'эксплуатация');
    expect(await problems()).toContain(
      `content/${LESSON}.ru.md → :term: marks the terms [recruitment] but the kk version marks [recruitment, exploitation]; every language marks the same terms`,
    );
  });

  it('refuses a glossary entry with an unknown source or an id used twice', async () => {
    const file = path.join(dir, 'glossary.yaml');
    const data = YAML.parse(readFileSync(file, 'utf8')) as { id: string; sources?: string[] }[];
    data[0]!.sources = ['no-such-source'];
    data[2]!.id = data[1]!.id;
    writeFileSync(file, YAML.stringify(data));
    const message = await problems();
    expect(message).toContain(`content/glossary.yaml → [0](id: ${data[0]!.id}).sources: source "no-such-source" does not exist`);
    expect(message).toContain(`content/glossary.yaml: glossary term id "${data[1]!.id}" is used twice`);
  });

  it('refuses a glossary entry without its Kazakh term', async () => {
    const file = path.join(dir, 'glossary.yaml');
    const data = YAML.parse(readFileSync(file, 'utf8')) as { term: Record<string, string> }[];
    delete data[0]!.term.kk;
    writeFileSync(file, YAML.stringify(data));
    expect(await problems()).toMatch(/content\/glossary\.yaml → \[0\]\(id: [a-z-]+\)\.term\.kk: missing Kazakh \(kk\) text/);
  });
});
