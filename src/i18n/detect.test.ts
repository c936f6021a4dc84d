import { preferredLocales } from './detect';

describe('language detection', () => {
  it('puts the browser’s languages first, in its order, then the rest in the course’s own order', () => {
    expect(preferredLocales(['ru-RU', 'en-GB'])).toEqual(['ru', 'en', 'kk']);
    expect(preferredLocales(['en-US', 'ru'])).toEqual(['en', 'ru', 'kk']);
    expect(preferredLocales(['en'])).toEqual(['en', 'kk', 'ru']);
  });

  it('reads language tags in any case and ignores languages the course does not have', () => {
    expect(preferredLocales(['de-DE', 'RU-kz', 'fr'])).toEqual(['ru', 'kk', 'en']);
  });

  it('offers every course language once, even when the browser names none or repeats one', () => {
    expect(preferredLocales([])).toEqual(['kk', 'ru', 'en']);
    expect(preferredLocales(['ru', 'ru-KZ'])).toEqual(['ru', 'kk', 'en']);
  });
});
