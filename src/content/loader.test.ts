import { NotFoundError } from '@/lib/not-found';

import {
  loadItemContent,
  loadModuleContent,
  loadModuleOutline,
  loadScenarioContent,
  manifest,
} from './loader';

const m1 = manifest.modules.find((m) => m.status === 'ready')!;
const [first, second] = m1.scenarios;

describe('content loader', () => {
  it('loads a scenario on its own, with the names of the indicators it tags', async () => {
    const chunk = await loadScenarioContent(m1.id, first!.id, 'kk');
    expect(chunk).toMatchObject({ moduleId: m1.id, locale: 'kk', scenario: { id: first!.id } });
    const tagged = Object.values(chunk.scenario.nodes).flatMap((n) =>
      n.type === 'situation' ? n.choices.flatMap((c) => c.indicators) : [],
    );
    expect(tagged.length).toBeGreaterThan(0);
    expect(Object.keys(chunk.indicators).sort()).toEqual([...new Set(tagged)].sort());
  });

  it('gives the module page only the titles and summaries of its scenarios', async () => {
    const content = await loadModuleContent(m1.id, 'ru');
    const scenario = await loadScenarioContent(m1.id, second!.id, 'ru');
    expect(content.scenarios.map((s) => s.id)).toEqual(m1.scenarios.map((s) => s.id));
    expect(content.scenarios[1]).toEqual({
      id: second!.id,
      title: scenario.scenario.title,
      summary: scenario.scenario.summary,
    });
    expect(content.scenarios[1]).not.toHaveProperty('nodes');
  });

  it.each(['no-such-case', '__proto__', 'constructor', 'hasOwnProperty'])(
    'says "not found" for a scenario the module does not have (%s)',
    async (id) => {
      await expect(loadScenarioContent(m1.id, id, 'en')).rejects.toBeInstanceOf(NotFoundError);
      await expect(loadScenarioContent('__proto__', id, 'en')).rejects.toBeInstanceOf(
        NotFoundError,
      );
    },
  );

  it('refuses a module that is not part of the course, even one named like a built-in', async () => {
    await expect(loadModuleContent('toString', 'en')).rejects.toThrow('not part of the course');
    await expect(loadModuleContent('no-such-module', 'en')).rejects.toThrow('not part of the course');
  });

  it('loads what a screen needs before the language switches: the scenario for a scenario', async () => {
    const loaded = await loadItemContent({ kind: 'scenario', moduleId: m1.id, id: first!.id }, 'en');
    expect(loaded).toMatchObject({ scenario: { id: first!.id }, locale: 'en' });
    const module = await loadItemContent({ kind: 'module', moduleId: m1.id }, 'en');
    expect(module).toMatchObject({ id: m1.id, locale: 'en' });
  });

  it("gives the course home one module's lesson and scenario titles, the module chunk's own", async () => {
    const titles = await loadModuleOutline(m1.id, 'kk');
    const content = await loadModuleContent(m1.id, 'kk');
    expect(titles).toEqual({
      lessons: Object.fromEntries(content.lessons.map((l) => [l.id, l.title])),
      scenarios: Object.fromEntries(content.scenarios.map((s) => [s.id, s.title])),
    });
    await expect(loadModuleOutline('constructor', 'kk')).rejects.toBeInstanceOf(NotFoundError);
  });
});
