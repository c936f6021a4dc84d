import { formatDate, formatNumber } from './format';

describe('formatting for each language', () => {
  it('writes a date the way each language does', () => {
    expect(formatDate('2024-07-05', 'kk')).toBe('2024 жылғы 5 шілде');
    expect(formatDate('2024-07-05', 'ru')).toBe('5 июля 2024 г.');
    expect(formatDate('2024-07-05', 'en')).toBe('July 5, 2024');
  });

  it('groups thousands with a space and uses a decimal comma in Kazakh', () => {
    expect(formatNumber(10737.42, 'kk')).toBe('10\u00a0737,4');
    expect(formatNumber(3, 'kk')).toBe('3');
  });
});
