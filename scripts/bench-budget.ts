/**
 * What each screen costs to load, measured from the build's own manifest, against the budgets in
 * DESIGN.md. Pure (sizes come from the caller), so the budget check itself is tested.
 */
import { LOCALES } from '../src/content/locales.ts';

export const KB = 1024;
/** Every screen that shows content (other than the home's) fetches the content loaders first. */
const extra = ['virtual:qorgau/content-loaders'];
/** Content chunks, each measured against the content budget. */
const CONTENT_CHUNK = /^virtual:qorgau\/(module|scenario)\/(.+)\/([a-z]+)$/;
export const BUDGET = { firstScreen: 110 * KB, screen: 20 * KB, content: 30 * KB };

export interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
  css?: string[];
  isDynamicEntry?: boolean;
}
export type BuildManifest = Record<string, ManifestChunk>;

export interface BudgetRow {
  what: string;
  bytes: number;
  budget: number;
  over: boolean;
}

/**
 * Screens with the UI namespaces they load (`outline` is the course's own: role names, lesson and
 * scenario titles) and any other small file they fetch; any other lazy screen is measured too.
 * Module and scenario content is measured on its own, against the content budget.
 */
export const SCREENS: Record<string, { entry: string; namespaces: string[]; extra?: string[] }> = {
  module: {
    entry: 'src/features/catalog/module-page.tsx',
    namespaces: ['module', 'outline'],
    extra,
  },
  lesson: {
    entry: 'src/features/lesson/lesson-page.tsx',
    namespaces: ['lesson', 'outline'],
    extra,
  },
  scenario: {
    entry: 'src/features/scenario/scenario-page.tsx',
    namespaces: ['scenario', 'outline'],
    extra,
  },
  quiz: { entry: 'src/features/quiz/quiz-page.tsx', namespaces: ['quiz'], extra },
  assessment: { entry: 'src/features/quiz/assessment-page.tsx', namespaces: ['quiz'], extra },
  progress: {
    entry: 'src/features/progress/progress-page.tsx',
    namespaces: ['progress', 'outline'],
    extra,
  },
  help: { entry: 'src/features/help/help-page.tsx', namespaces: ['help', 'outline'], extra },
  'module handout': {
    entry: 'src/features/help/module-handout.tsx',
    namespaces: ['help', 'outline'],
    extra,
  },
  offline: { entry: 'src/features/offline/offline-page.tsx', namespaces: ['offline'] },
  'pocket card': {
    entry: 'src/features/help/pocket-card.tsx',
    namespaces: ['help', 'outline'],
    extra,
  },
  'case cards': {
    entry: 'src/features/help/case-cards.tsx',
    namespaces: ['help', 'scenario'],
    extra,
  },
};

/** Lazy parts of the shell, not screens: loaded beside the first screen or on the first visit. */
const SHELL_PARTS = [
  'src/features/settings/language-chooser.tsx',
  'src/features/offline/offline-status.tsx',
  'src/features/progress/storage-notice.tsx',
];
const FIRST_VISIT = 'src/features/settings/language-chooser.tsx';

export function measureBudgets(
  manifest: BuildManifest,
  size: (file: string) => number,
): BudgetRow[] {
  const files = (key: string, into = new Set<string>()): Set<string> => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return into;
    into.add(chunk.file);
    for (const css of chunk.css ?? []) into.add(css);
    for (const imported of chunk.imports ?? []) files(imported, into);
    return into;
  };
  const total = (set: Iterable<string>) => [...set].reduce((sum, f) => sum + size(f), 0);
  const rows: BudgetRow[] = [];
  const row = (what: string, bytes: number, budget: number) =>
    rows.push({ what, bytes, budget, over: bytes > budget });
  if (!manifest['index.html']) throw new Error('The build manifest has no index.html entry.');

  const screens = { ...SCREENS };
  for (const [key, chunk] of Object.entries(manifest))
    if (
      chunk.isDynamicEntry &&
      key.startsWith('src/features/') &&
      !SHELL_PARTS.includes(key) &&
      !Object.values(screens).some((s) => s.entry === key)
    )
      screens[key.replace(/^src\/features\/|\.tsx?$/g, '')] = { entry: key, namespaces: [] };

  for (const locale of LOCALES) {
    const ns = (set: Set<string>, names: string[]) => {
      for (const name of names)
        files(
          name === 'outline'
            ? `virtual:qorgau/outline/${locale}`
            : `src/i18n/locales/${locale}/${name}.json`,
          set,
        );
      return set;
    };
    // First visit: the language chooser over the shell's code (i18next starts with the common
    // strings only). Return visit: the course home; a learner with a lesson or scenario to
    // continue also loads that module's titles, which name it.
    const firstVisit = ns(files(FIRST_VISIT, files('index.html')), ['common']);
    row(`first visit (language chooser), ${locale}`, total(firstVisit), BUDGET.firstScreen);
    const home = ns(files('index.html'), ['common', 'catalog']);
    files(`virtual:qorgau/text/${locale}`, home);
    row(`return visit (course home), ${locale}`, total(home), BUDGET.firstScreen);
    // The titles of the module with the most to name (the largest such file).
    const outlines = Object.keys(manifest).filter((k) =>
      new RegExp(`^virtual:qorgau/outline/[^/]+/${locale}$`).test(k),
    );
    const largest = Math.max(0, ...outlines.map((k) => size(manifest[k]!.file)));
    row(`return visit, a lesson to continue, ${locale}`, total(home) + largest, BUDGET.firstScreen);
    for (const [name, screen] of Object.entries(screens)) {
      const set = ns(files(screen.entry), screen.namespaces);
      for (const key of screen.extra ?? []) files(key, set);
      row(
        `  + ${name} screen, ${locale}`,
        total([...set].filter((f) => !home.has(f))),
        BUDGET.screen,
      );
    }
  }
  for (const key of Object.keys(manifest)
    .filter((k) => CONTENT_CHUNK.test(k))
    .sort()) {
    const [, kind, id, locale] = CONTENT_CHUNK.exec(key) as RegExpExecArray;
    row(
      `content ${kind === 'module' ? '' : 'scenario '}${id} × ${locale}`,
      size(manifest[key]!.file),
      BUDGET.content,
    );
  }
  return rows;
}
