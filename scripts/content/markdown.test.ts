import { parseLesson } from './markdown';

describe('lesson Markdown', () => {
  it('splits a lesson into sections at each second-level heading', async () => {
    const r = await parseLesson('## One\n\nFirst.\n\n## Two\n\nSecond.\n');
    expect(r.sections.map((s) => s.heading)).toEqual(['One', 'Two']);
    expect(r.sections[1]?.body).toEqual([['p', null, 'Second.']]);
    expect(r.problems).toEqual([]);
  });

  it('turns blocks and citations into allowed elements', async () => {
    const r = await parseLesson('## A\n\nText :cite[palermo-protocol].\n\n:::callout\nKey.\n:::\n');
    expect(r.citations).toEqual(['palermo-protocol']);
    expect(r.sections[0]?.body).toEqual([
      ['p', null, 'Text ', ['cite', { n: '1', source: 'palermo-protocol' }], '.'],
      ['aside', { kind: 'callout' }, ['p', null, 'Key.']],
    ]);
  });

  it('keeps ordinary colons in prose as text', async () => {
    const r = await parseLesson('## A\n\nAt 10:30 the note:read arrived.\n');
    expect(r.sections[0]?.body).toEqual([['p', null, 'At 10:30 the note:read arrived.']]);
  });

  it('reports raw HTML, links and an unknown block', async () => {
    const r = await parseLesson('## A\n\n<b>x</b> [site](https://example.org)\n\n:::warning\nx\n:::\n');
    expect(r.problems).toEqual([
      'raw HTML is not allowed in lessons',
      'links are not allowed in lessons (cite a source instead)',
      'unknown block ":::warning" (use one of callout, reflection, content-note, indicators)',
    ]);
  });

  it('requires the lesson to start with a section heading', async () => {
    expect((await parseLesson('Intro first.\n\n## A\n\nx\n')).problems).toContain(
      'the lesson must start with a "## " section heading',
    );
  });
});

describe('lesson Markdown, other languages', () => {
  it('marks a phrase in another course language with its lang', async () => {
    const r = await parseLesson('## A\n\nCalled :ru[«Закон»] in Russian.\n');
    expect(r.sections[0]?.body).toEqual([['p', null, 'Called ', ['span', { lang: 'ru' }, '«Закон»'], ' in Russian.']]);
  });
});

describe('lesson Markdown, indicator checklists', () => {
  const names: Record<string, string> = { deception: 'Deception', isolation: 'Isolation' };
  const indicator = (id: string) =>
    Object.hasOwn(names, id) ? { name: names[id]!, description: `about ${id}` } : undefined;

  it('names and describes the indicators in the lesson language and records what the lesson teaches', async () => {
    const r = await parseLesson('## A\n\n:::indicators\n- deception\n- isolation\n:::\n', { indicator });
    expect(r.indicators).toEqual(['deception', 'isolation']);
    expect(r.sections[0]?.body).toEqual([
      [
        'aside',
        { kind: 'indicators' },
        [
          'ul',
          null,
          ['li', null, ['strong', null, 'Deception'], ' — about deception'],
          ['li', null, ['strong', null, 'Isolation'], ' — about isolation'],
        ],
      ],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('refuses an id that is not in the taxonomy, and anything but a list of ids', async () => {
    const unknown = await parseLesson('## A\n\n:::indicators\n- deceptoin\n:::\n', { indicator });
    expect(unknown.problems).toEqual([
      '":::indicators" names "deceptoin", which is not an indicator id in content/indicators.yaml',
    ]);
    expect(unknown.indicators).toEqual([]);
    const prose = await parseLesson('## A\n\n:::indicators\nLook for deception.\n:::\n', { indicator });
    expect(prose.problems).toEqual(['an ":::indicators" block holds one list of indicator ids and nothing else']);
  });

  it('does not count the ids as words of the lesson', async () => {
    const plain = await parseLesson('## A\n\nOne two three.\n');
    const withList = await parseLesson('## A\n\nOne two three.\n\n:::indicators\n- deception\n:::\n', { indicator });
    expect(withList.words).toBe(plain.words);
  });
});

describe('lesson Markdown, glossary terms', () => {
  it('keeps a term as written and names its glossary entry', async () => {
    const r = await parseLesson('## A\n\nThe purpose is :term[exploitation]{id=exploitation}.\n');
    expect(r.terms).toEqual(['exploitation']);
    expect(r.sections[0]?.body).toEqual([
      ['p', null, 'The purpose is ', ['span', { term: 'exploitation' }, 'exploitation'], '.'],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('asks for the id of a term written without one', async () => {
    const r = await parseLesson('## A\n\nA :term[minor] here.\n');
    expect(r.problems).toEqual(['":term[minor]" needs the glossary id: :term[minor]{id=glossary-id}']);
  });
});
