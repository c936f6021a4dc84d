/**
 * Searching the glossary in any of its languages. Pure. Kazakh is often typed on a Russian
 * keyboard without its own letters («канау» for «қанау»), so both the query and the entries are
 * folded to the letters they are typed as before comparing.
 */
import type { GlossaryContent } from '@/content/types';

const FOLD: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

/** Lower case, Kazakh letters and «ё» as typed without them, spaces squeezed. */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[әғқңөұүһіё]/g, (c) => FOLD[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

type Entry = GlossaryContent['entries'][number];

/** What an entry is found by: its term in every language and its meaning, folded. */
export function searchText(entry: Entry): string {
  return foldForSearch([...Object.values(entry.terms), entry.meaning].join(' \n '));
}

/**
 * The entries that contain every word of the query (in any order, in any of their languages);
 * all of them for an empty query.
 */
export function searchGlossary(entries: readonly Entry[], query: string): Entry[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => {
    const text = searchText(e);
    return words.every((w) => text.includes(w));
  });
}
