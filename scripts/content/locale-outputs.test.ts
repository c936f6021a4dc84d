import { inLocale, paragraphs } from './locale-outputs';

describe('resolving content to one language', () => {
  it('replaces every three-language text with one language, at any depth, and dates with days', () => {
    const source = {
      id: 'x',
      title: { en: 'Title', ru: 'Заголовок', kk: 'Тақырып' },
      options: [{ id: 'a', correct: true, text: { en: 'Yes', ru: 'Да', kk: 'Иә' } }],
      checked: new Date('2025-03-01T00:00:00Z'),
    };
    expect(inLocale(source, 'kk')).toEqual({
      id: 'x',
      title: 'Тақырып',
      options: [{ id: 'a', correct: true, text: 'Иә' }],
      checked: '2025-03-01',
    });
  });

  it('splits course text into paragraphs at blank lines, dropping empty ones', () => {
    expect(paragraphs('One line\ncontinues.\n\n  \n\nTwo.\n')).toEqual(['One line\ncontinues.', 'Two.']);
  });
});
