/**
 * "No word of another language": the words in a text that do not belong to the page's language.
 * Pure (text in, words out), so the browser tests use it on the screen and the content tests on
 * every string of the course. Text meant to be in another language is marked with `lang` in the
 * page (`:ru[…]` in a lesson) and never reaches this function.
 */
import type { Locale } from '../../src/content/locales';

/** Letters of Kazakh that Russian does not have. */
const KAZAKH_LETTERS = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі';
const CYRILLIC_WORD = /[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+/g;

/**
 * Latin-script words a Kazakh or Russian page may show: Roman numerals in law numbers (110-VIII),
 * "QR" (the QR codes for line 111) and "CSV" (the table file a trainer downloads), which both
 * languages write in Latin letters. Add an acronym (ILO, UNODC, …) here only once the content
 * really shows it in kk or ru.
 */
const LATIN_ALLOWED = [/^[IVXLC]+$/, /^QR$/, /^CSV$/];

/**
 * Russian words that are not Kazakh: the commonest function words. None of them occurs in the
 * course's Kazakh text or interface (checked on Module 1 and every UI string); «не» and «да» do,
 * so they are not on the list, nor are «в» and «с», which Kazakh abbreviations can leave alone
 * (т.с.с.).
 */
const RUSSIAN_ONLY = [
  'и',
  'на',
  'по',
  'от',
  'из',
  'при',
  'что',
  'это',
  'для',
  'или',
  'как',
  'но',
  'же',
  'если',
  'чтобы',
  'только',
  'также',
  'уже',
  'который',
  'которая',
  'которое',
  'которые',
  'которых',
];
const RUSSIAN_WORD = new RegExp(`(?<!\\p{L})(${RUSSIAN_ONLY.join('|')})(?!\\p{L})`, 'giu');

/**
 * A Kazakh sentence almost always has a Kazakh letter: the longest without one in the course's
 * Kazakh is five words. Eight or more Cyrillic words without one are Russian.
 */
const LONG_WITHOUT_KAZAKH = 8;

export function foreignWords(text: string, locale: Locale): string[] {
  // Addresses and domain names (eGov.kz, ecoi.net) are names, not words of a language.
  const words = text.replace(/https?:\/\/\S+|[\w-]+(\.[\w-]+)+/g, ' ');
  if (locale === 'en') return words.match(CYRILLIC_WORD) ?? [];
  const found = (words.match(/[A-Za-z]{2,}/g) ?? []).filter(
    (w) => !LATIN_ALLOWED.some((allowed) => allowed.test(w)),
  );
  // A Latin look-alike letter inside a Cyrillic word (a Latin "a" or "c" typed by mistake).
  found.push(
    ...(words.match(
      /\S*(?:[A-Za-z][А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]|[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі][A-Za-z])\S*/g,
    ) ?? []),
  );
  if (locale === 'ru')
    found.push(...(words.match(new RegExp(`\\S*[${KAZAKH_LETTERS}]\\S*`, 'g')) ?? []));
  if (locale === 'kk') {
    found.push(...[...words.matchAll(RUSSIAN_WORD)].map((m) => m[0]));
    for (const sentence of words.split(/[.!?…:;\n]+/)) {
      const cyrillic = sentence.match(CYRILLIC_WORD) ?? [];
      if (
        cyrillic.length >= LONG_WITHOUT_KAZAKH &&
        !new RegExp(`[${KAZAKH_LETTERS}]`).test(sentence)
      )
        found.push(sentence.trim());
    }
  }
  return found;
}
