import i18next from 'i18next';

import { PSEUDO_PROCESSOR, pseudoLocalise, pseudoProcessor } from './pseudo';

describe('pseudo-locale', () => {
  it('accents every Latin letter, so text that skipped translation stands out', () => {
    expect(pseudoLocalise('Start the case')).toMatch(/^⟦[^a-zA-Z]+⟧$/);
  });

  it('makes each string at least 40% longer and brackets it', () => {
    for (const text of [
      'OK',
      'Continue',
      'Back to the module',
      'Progress in What human trafficking is',
    ]) {
      const pseudo = pseudoLocalise(text);
      expect([...pseudo].length - 2).toBeGreaterThanOrEqual(Math.ceil(text.length * 1.4));
      expect(pseudo.startsWith('⟦') && pseudo.endsWith('⟧')).toBe(true);
    }
  });

  it('keeps numbers and interpolated values readable', () => {
    expect(pseudoLocalise('3 of 10 steps done')).toContain('3');
    expect(pseudoLocalise('3 of 10 steps done')).toContain('10');
  });

  it('turns every string i18next translates into its pseudo form', async () => {
    const i18n = i18next.createInstance().use(pseudoProcessor);
    await i18n.init({
      lng: 'en',
      resources: { en: { common: { nextItem: 'Next: {{title}}' } } },
      defaultNS: 'common',
      postProcess: [PSEUDO_PROCESSOR],
    });
    expect(i18n.t('nextItem', { title: 'Lesson' })).toBe(pseudoLocalise('Next: Lesson'));
  });
});
