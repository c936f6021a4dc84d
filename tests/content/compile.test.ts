/**
 * The content compiler on the real course, and on copies of it broken on purpose: a problem must
 * stop the build with a message naming the file and the field.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';

import { compileCourse } from '../../scripts/content/compile';
import { ContentError } from '../../scripts/content/errors';
import { LOCALES } from '../../src/content/locales';

const CONTENT = path.resolve(__dirname, '../../content');
const MODULE1 = 'modules/01-what-is-trafficking';

let dir: string;
beforeEach(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'qorgau-content-')), 'content');
  cpSync(CONTENT, dir, { recursive: true });
});
afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

function edit(file: string, change: (data: Record<string, unknown>) => void) {
  const full = path.join(dir, file);
  const data = YAML.parse(readFileSync(full, 'utf8'));
  change(data);
  writeFileSync(full, YAML.stringify(data));
}

async function problemsOf(): Promise<string> {
  try {
    await compileCourse(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('the broken content compiled without an error');
}

describe('content compiler', () => {
  it('compiles every module course.yaml lists, in its order: written ones in every language', async () => {
    const { manifest, modules, scenarios } = await compileCourse(CONTENT);
    const listed = (YAML.parse(readFileSync(path.join(CONTENT, 'course.yaml'), 'utf8')) as {
      modules: { id: string; planned?: unknown }[];
    }).modules;
    expect(manifest.modules.map((m) => [m.id, m.status])).toEqual(
      listed.map((m) => [m.id, m.planned ? 'planned' : 'ready']),
    );
    const written = manifest.modules.filter((m) => m.status === 'ready');
    expect(written.map((m) => m.id)).toContain('what-is-trafficking');
    for (const m of written)
      for (const locale of LOCALES) {
        const content = modules.get(m.id)?.[locale];
        expect(content?.lessons.map((l) => l.id), `${m.id} in ${locale}`).toEqual(m.lessons.map((l) => l.id));
        expect(content?.scenarios.map((s) => s.id)).toEqual(m.scenarios.map((s) => s.id));
        // Each scenario is in a chunk of its own, in every language, naming its module.
        for (const s of m.scenarios) {
          const chunk = scenarios.get(m.id)?.get(s.id)?.[locale];
          expect(chunk?.scenario.id, `${m.id}/${s.id} in ${locale}`).toBe(s.id);
          expect(chunk).toMatchObject({ moduleId: m.id, locale });
          expect(content?.scenarios.find((x) => x.id === s.id)?.title).toBe(chunk?.scenario.title);
        }
        expect(content?.quiz?.questions.length).toBe(m.quiz?.questions);
      }
  });

  it('stops on a module title missing its Kazakh text, naming the file and field', async () => {
    edit(`${MODULE1}/module.yaml`, (m) => delete (m.title as Record<string, string>).kk);
    const message = await problemsOf();
    expect(message).toContain('content/modules/01-what-is-trafficking/module.yaml');
    expect(message).toContain('title.kk');
    expect(message).toContain('missing Kazakh (kk) text');
  });

  it('stops on a quiz feedback missing its Kazakh text', async () => {
    edit(`${MODULE1}/quiz.yaml`, (q) => {
      const first = (q.questions as Record<string, unknown>[])[0] as Record<string, unknown>;
      const options = first.options as Record<string, Record<string, string>>[] | undefined;
      if (options) delete options[0]!.feedback!.kk;
      else delete (first.feedback as Record<string, Record<string, string>>).true!.kk;
    });
    const message = await problemsOf();
    expect(message).toContain('content/modules/01-what-is-trafficking/quiz.yaml');
    expect(message).toMatch(/questions\[0\]\(id: [a-z0-9-]+\)\.(options\[0\]\(id: [a-z0-9-]+\)\.feedback|feedback\.true)\.kk/);
  });

  it('stops on a lesson file missing in Kazakh', async () => {
    const lessonId = YAML.parse(readFileSync(path.join(dir, MODULE1, 'module.yaml'), 'utf8')).lessons[0].id;
    unlinkSync(path.join(dir, MODULE1, 'lessons', `${lessonId}.kk.md`));
    expect(await problemsOf()).toContain(`content/${MODULE1}/lessons/${lessonId}.kk.md: missing`);
  });

  it('stops on a scenario choice pointing to a node that does not exist, naming file, node and choice', async () => {
    const scenarioFile = `${MODULE1}/scenarios/college-waitress-job.yaml`;
    let choiceId = '';
    edit(scenarioFile, (s) => {
      const node = (s.nodes as { type: string; choices?: { id: string; next: string }[] }[]).find(
        (n) => n.type === 'situation',
      );
      choiceId = node!.choices![0]!.id;
      node!.choices![0]!.next = 'no-such-node';
    });
    const message = await problemsOf();
    expect(message).toContain(`content/${scenarioFile}`);
    expect(message).toContain(`choice "${choiceId}"`);
    expect(message).toContain('points to node "no-such-node", which does not exist');
  });

  it('stops on an indicator id that is not in the taxonomy', async () => {
    edit(`${MODULE1}/quiz.yaml`, (q) => {
      ((q.questions as Record<string, unknown>[])[0] as Record<string, unknown>).indicators = ['made-up'];
    });
    expect(await problemsOf()).toContain('indicator "made-up" does not exist');
  });

  it('stops on a spot-the-indicators passage that lacks a phrase in one language', async () => {
    edit(`${MODULE1}/quiz.yaml`, (q) => {
      const spot = (q.questions as { type: string; passage: Record<string, string> }[]).find((x) => x.type === 'spot')!;
      spot.passage.ru = spot.passage.ru!.replace(/\[\[([^\]]+)\]\]\{[a-z0-9-]+\}/, '$1');
    });
    expect(await problemsOf()).toMatch(/quiz\.yaml → questions\[\d+\]\(id: spot-the-signs\)\.passage\.ru: phrase "[a-z0-9-]+" must be marked exactly once/);
  });

  it('stops on a card sorted into a category the question does not have', async () => {
    edit(`${MODULE1}/quiz.yaml`, (q) => {
      const sort = (q.questions as { type: string; cards: { category: string }[] }[]).find((x) => x.type === 'categorise')!;
      sort.cards[0]!.category = 'no-such-group';
    });
    expect(await problemsOf()).toContain('category "no-such-group" is not one of this question\'s categories');
  });

  it('stops on an unknown key (a typo) instead of ignoring it', async () => {
    edit(`${MODULE1}/module.yaml`, (m) => (m.sumary = m.summary));
    expect(await problemsOf()).toMatch(/module\.yaml.*Unrecognized key.*sumary/);
  });

  it('stops on raw HTML in a lesson', async () => {
    const file = path.join(dir, MODULE1, 'lessons', 'act-means-purpose.en.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\n<script>alert(1)</script>\n`);
    expect(await problemsOf()).toContain('act-means-purpose.en.md: raw HTML is not allowed in lessons');
  });

  const checklist = (locale: string, ids: string[]) => {
    const file = path.join(dir, MODULE1, 'lessons', `act-means-purpose.${locale}.md`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\n:::indicators\n${ids.map((i) => `- ${i}`).join('\n')}\n:::\n`);
  };

  it('stops when a lesson\'s indicator checklist differs between languages', async () => {
    checklist('en', ['deception', 'isolation']);
    checklist('ru', ['deception']);
    checklist('kk', ['deception', 'isolation']);
    expect(await problemsOf()).toContain(
      'act-means-purpose.ru.md: its ":::indicators" checklists name deception but the kk version names deception, isolation',
    );
  });

  it('counts an indicator a lesson\'s checklist names as taught there', async () => {
    for (const locale of LOCALES) checklist(locale, ['excessive-overtime']);
    const { indicatorCoverage } = await compileCourse(dir);
    const overtime = indicatorCoverage.find((i) => i.id === 'excessive-overtime');
    expect(overtime?.taught).toContainEqual({
      kind: 'lesson',
      moduleId: 'what-is-trafficking',
      id: 'act-means-purpose',
    });
  });
});

describe('compiled scenario text', () => {
  it('arrives split into paragraphs, so the app only renders them', async () => {
    const { modules, scenarios } = await compileCourse(CONTENT);
    const first = modules.get('what-is-trafficking')?.en.scenarios[0]?.id ?? '';
    const scenario = scenarios.get('what-is-trafficking')?.get(first)?.en.scenario;
    const endings = Object.values(scenario?.nodes ?? {}).filter((n) => n.type === 'ending');
    expect(endings.length).toBeGreaterThan(0);
    for (const ending of endings) {
      expect(ending.debrief.length).toBeGreaterThan(0);
      for (const p of ending.debrief) expect(p).not.toMatch(/\n\s*\n|^\s|\s$/);
    }
    // The source writes debriefs of more than one paragraph; they stay separate.
    expect(endings.some((e) => e.debrief.length > 1)).toBe(true);
  });
});
