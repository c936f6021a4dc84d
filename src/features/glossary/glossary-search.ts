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

/**
 * The entries that contain every word of the query (in any order, in any of their languages, or
 * in the meaning), those whose term matches first: a term that starts with the query, then one
 * that contains it, then a match in the meaning only. All of them for an empty query.
 */
export function searchGlossary(entries: readonly Entry[], query: string): Entry[] {
  const folded = foldForSearch(query);
  const words = folded.split(' ').filter(Boolean);
  if (words.length === 0) return [...entries];
  const rank = (e: Entry) => {
    const terms = Object.values(e.terms).map(foldForSearch);
    if (terms.some((t) => t.startsWith(folded))) return 0;
    if (terms.some((t) => words.every((w) => t.includes(w)))) return 1;
    return words.every((w) => searchText(terms, e).includes(w)) ? 2 : 3;
  };
  return entries
    .map((e) => ({ e, rank: rank(e) }))
    .filter((r) => r.rank < 3)
    .sort((a, b) => a.rank - b.rank)
    .map((r) => r.e);
}

/** Everything an entry is found by, folded: its terms and its meaning. */
function searchText(terms: string[], entry: Entry): string {
  return [...terms, foldForSearch(entry.meaning)].join(' \n ');
}
