/**
 * A pseudo-locale for development only (`npm run dev`, then open `/?lng=pseudo#/`): every UI
 * string is shown accented, about 40% longer and in brackets. Text that stays plain was never
 * translated; a string cut short or a layout that breaks shows where a longer language (Kazakh
 * and Russian often run longer than English) will not fit. Loaded only behind
 * `import.meta.env.DEV`, so the production build leaves it out.
 */
import type { PostProcessorModule } from 'i18next';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTS = 'áƀçðéƒĝĥíĵķľɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĽṀÑÓÞǪŔŠŢÚṼŴẊÝŽ';
const ACCENTED = new Map([...PLAIN].map((c, i) => [c, [...ACCENTS][i] ?? c]));

/** How much longer a pseudo string is than its source. */
export const PSEUDO_GROWTH = 0.4;

const VOWELS = new Set('aeiouyAEIOUY');

/**
 * The pseudo form of one string: accented letters, vowels doubled (longer words, as in Kazakh
 * and Russian), padded to at least 140% of the length, in brackets that show where it is cut off.
 */
export function pseudoLocalise(text: string): string {
  const letters = [...text];
  const grown = letters.flatMap((c) => {
    const accented = ACCENTED.get(c) ?? c;
    return VOWELS.has(c) ? [accented, accented] : [accented];
  });
  const missing = Math.ceil(letters.length * (1 + PSEUDO_GROWTH)) - grown.length;
  const padding = missing > 0 ? ` ${'·'.repeat(missing - 1)}` : '';
  return `⟦${grown.join('')}${padding}⟧`;
}

export const PSEUDO_PROCESSOR = 'pseudo';

/** An i18next post-processor that turns every translated string into its pseudo form. */
export const pseudoProcessor: PostProcessorModule = {
  type: 'postProcessor',
  name: PSEUDO_PROCESSOR,
  process: (value: string) => pseudoLocalise(value),
};
