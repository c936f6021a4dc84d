/**
 * Dates and numbers in the learner's language. Intl does this — except that some browsers ship
 * without Kazakh locale data and quietly print "2024 M07 5" or "10,737.4"; Kazakh is therefore
 * written out here in the form WRITING.md gives (2024 жылғы 5 шілде; 10 737,4).
 */
const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

function toDate(iso: string): Date | null {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(iso: string, locale: string): string {
  const date = toDate(iso);
  if (!date) return iso;
  if (locale === 'kk')
    return `${date.getUTCFullYear()} жылғы ${date.getUTCDate()} ${KK_MONTHS[date.getUTCMonth()]}`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatNumber(value: number, locale: string, maximumFractionDigits = 1): string {
  if (locale === 'kk') {
    const [whole, fraction] = value
      .toFixed(maximumFractionDigits)
      .replace(/\.?0+$/, '')
      .split('.');
    const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
    return fraction ? `${grouped},${fraction}` : grouped;
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}
