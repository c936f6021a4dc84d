import type { GlossaryContent } from '@/content/types';

import { foldForSearch, searchGlossary } from './glossary-search';

type Entry = GlossaryContent['entries'][number];

const entry = (id: string, terms: Entry['terms'], meaning: string): Entry => ({
  id,
  terms,
  meaning,
  inLaw: true,
  sources: [],
});

const entries = [
  entry(
    'exploitation',
    { en: 'exploitation', ru: 'эксплуатация', kk: 'қанау' },
    'Адамды пайдалану',
  ),
  entry('referral', { en: 'referral', ru: 'перенаправление', kk: 'қайта бағыттау' }, 'Жеткізу'),
  entry(
    'minor',
    { en: 'minor', ru: 'несовершеннолетний', kk: 'кәмелетке толмаған' },
    '18 жасқа толмаған адам',
  ),
];

const ids = (query: string) => searchGlossary(entries, query).map((e) => e.id);

describe('glossary search', () => {
  it('folds every Kazakh letter, «ё» and capitals to what is typed without them', () => {
    expect(foldForSearch('ӘҒҚҢӨҰҮҺІ әғқңөұүһі Ёё')).toBe('агкноуухи агкноуухи ее');
  });

  it('finds «қанау» typed with or without the Kazakh letters', () => {
    expect(ids('қанау')).toEqual(['exploitation']);
    expect(ids('канау')).toEqual(['exploitation']);
    expect(ids('КАНАУ')).toEqual(['exploitation']);
  });

  it('finds a term with several Kazakh letters typed without them', () => {
    expect(ids('камелетке толмаган')).toEqual(['minor']);
  });

  it('searches every language of an entry, and its meaning', () => {
    expect(ids('referral')).toEqual(['referral']);
    expect(ids('перенаправ')).toEqual(['referral']);
    expect(ids('бағыттау')).toEqual(['referral']);
    expect(ids('18 жаска')).toEqual(['minor']);
  });

  it('needs every word of the query, in any order', () => {
    expect(ids('бағыттау қайта')).toEqual(['referral']);
    expect(ids('қайта канау')).toEqual([]);
  });

  it('shows every entry for an empty query', () => {
    expect(ids('   ')).toEqual(['exploitation', 'referral', 'minor']);
  });
});

describe('glossary search order', () => {
  it('lists entries whose term matches before those that only mention it in the meaning', () => {
    const mentions = entry(
      'human-trafficking',
      { en: 'human trafficking', ru: 'торговля людьми', kk: 'адам саудасы' },
      'Адамды қанау мақсатында тарту',
    );
    expect(searchGlossary([mentions, ...entries], 'канау').map((e) => e.id)).toEqual([
      'exploitation',
      'human-trafficking',
    ]);
  });
});
