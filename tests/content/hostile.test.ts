/**
 * Content built to hurt the compiler — an alias bomb, code tags, hidden links, huge or absurdly
 * nested files — and ids that repeat: each is refused quickly, naming the file.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';

import { compileCourse } from '../../scripts/content/compile';
import { ContentError } from '../../scripts/content/errors';

const CONTENT = path.resolve(__dirname, '../../content');
const MODULE1 = 'modules/01-what-is-trafficking';
const LESSON = `${MODULE1}/lessons/act-means-purpose.en.md`;
/** Far above the whole course's compile time (~0.3 s), far below "minutes". */
const QUICKLY_MS = 5000;

let dir: string;
beforeEach(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'qorgau-hostile-')), 'content');
  cpSync(CONTENT, dir, { recursive: true });
});
afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

const write = (file: string, text: string) => writeFileSync(path.join(dir, file), text);
const append = (file: string, text: string) =>
  write(file, `${readFileSync(path.join(dir, file), 'utf8')}${text}`);

function editYaml(file: string, change: (data: Record<string, unknown>) => void) {
  const full = path.join(dir, file);
  const data = YAML.parse(readFileSync(full, 'utf8'));
  change(data);
  writeFileSync(full, YAML.stringify(data));
}

/** The compiler's refusal, which must come quickly and as a content problem (not a crash). */
async function refusal(): Promise<string> {
  const started = performance.now();
  try {
    await compileCourse(dir);
  } catch (error) {
    expect(performance.now() - started).toBeLessThan(QUICKLY_MS);
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('the hostile content compiled without an error');
}

type Question = { type: string; id: string } & Record<string, unknown>;
const questionOf = (q: Record<string, unknown>, type: string) =>
  (q.questions as Question[]).find((x) => x.type === type) as Question;

describe('content compiler on hostile files', () => {
  it('refuses a YAML alias bomb, naming the file', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i += 1) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    write('referral.yaml', `${levels.join('\n')}\n`);
    expect(await refusal()).toMatch(/content\/referral\.yaml: YAML could not be read: .*alias/i);
  });

  it('refuses an unresolved tag instead of keeping it as text', async () => {
    append('helplines.yaml', '- number: !!js/function "function () { return 102 }"\n');
    expect(await refusal()).toMatch(/content\/helplines\.yaml: YAML: Unresolved tag/);
  });

  it('refuses a key written twice in one mapping', async () => {
    append(`${MODULE1}/module.yaml`, 'minutes: 5\n');
    expect(await refusal()).toMatch(/module\.yaml: YAML: Map keys must be unique/);
  });

  it('refuses reference-style links and their definitions in a lesson', async () => {
    append(LESSON, '\n\nSee [the site][1].\n\n[1]: javascript:alert(1)\n');
    const message = await refusal();
    expect(message).toContain(`${LESSON}: links are not allowed in lessons`);
    expect(message).toContain(`${LESSON}: link definitions ("[1]: address") are not allowed`);
  });

  it('refuses a definition on its own, which would otherwise vanish from the page', async () => {
    append(LESSON, '\n\n[x]: javascript:alert(1)\n');
    expect(await refusal()).toContain(`${LESSON}: link definitions`);
  });

  it('refuses a 10 MB lesson before parsing it', async () => {
    append(LESSON, `\n\n${'All work and no play. '.repeat(480_000)}\n`);
    expect(await refusal()).toMatch(
      new RegExp(`${LESSON.replace(/\./g, '\\.')}: is 10\\.\\d MB; content files may be at most 1\\.0 MB`),
    );
  });

  it('refuses a lesson nested 1,000 levels deep', async () => {
    append(LESSON, `\n\n${'> '.repeat(1000)}deep\n`);
    expect(await refusal()).toMatch(/act-means-purpose\.en\.md: is nested \d+ levels deep/);
  });

  it('refuses YAML nested 1,000 levels deep, in flow and in block style', async () => {
    write('referral.yaml', `steps: ${'['.repeat(1000)}${']'.repeat(1000)}\n`);
    const block = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    write('helplines.yaml', `${block} x\n`);
    const message = await refusal();
    expect(message).toMatch(/content\/referral\.yaml: is nested \d+ levels deep; at most 32/);
    expect(message).toMatch(/content\/helplines\.yaml: is nested \d+ levels deep; at most 32/);
  });
});

describe('content compiler on repeated ids', () => {
  const QUIZ = `${MODULE1}/quiz.yaml`;

  it('refuses a categorise question with two cards of one id', async () => {
    editYaml(QUIZ, (q) => {
      const cards = questionOf(q, 'categorise').cards as { id: string }[];
      cards[1]!.id = cards[0]!.id;
    });
    expect(await refusal()).toMatch(/quiz\.yaml → questions\[\d+\]\(id: [a-z-]+\)\.cards: card id "[a-z0-9-]+" is used twice/);
  });

  it('refuses a categorise question with two categories of one id', async () => {
    editYaml(QUIZ, (q) => {
      const categories = questionOf(q, 'categorise').categories as { id: string }[];
      categories[1]!.id = categories[0]!.id;
    });
    expect(await refusal()).toMatch(/\.categories: category id "[a-z0-9-]+" is used twice/);
  });

  it('refuses a spot passage with two phrases of one id', async () => {
    editYaml(QUIZ, (q) => {
      const phrases = questionOf(q, 'spot').phrases as { id: string }[];
      phrases[1]!.id = phrases[0]!.id;
    });
    expect(await refusal()).toMatch(/\.phrases: phrase id "[a-z0-9-]+" is used twice/);
  });

  it('refuses a scenario decision with two choices of one id', async () => {
    editYaml(`${MODULE1}/scenarios/college-waitress-job.yaml`, (s) => {
      const node = (s.nodes as { choices?: { id: string }[] }[]).find((n) => n.choices)!;
      node.choices![1]!.id = node.choices![0]!.id;
    });
    expect(await refusal()).toMatch(/college-waitress-job\.yaml → nodes\[\d+\]\(id: [a-z0-9-]+\)\.choices: choice id "[a-z0-9-]+" is used twice/);
  });

  it('refuses a lesson listed twice in module.yaml, and an indicator defined twice', async () => {
    editYaml(`${MODULE1}/module.yaml`, (m) => {
      const lessons = m.lessons as unknown[];
      lessons.push(lessons[0]);
    });
    editYaml('indicators.yaml', (t) => {
      const list = t.indicators as unknown[];
      list.push(list[0]);
    });
    const message = await refusal();
    expect(message).toMatch(/module\.yaml → lessons: lesson id "[a-z0-9-]+" is used twice/);
    expect(message).toMatch(/indicators\.yaml → indicators: indicator id "[a-z0-9-]+" is used twice/);
  });
});
