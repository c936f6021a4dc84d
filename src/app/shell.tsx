import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';

import { itemFromPath } from '@/content/course-path';
import { loadItemContent } from '@/content/loader';
import type { Locale } from '@/content/locales';
import { preferredLocales } from '@/i18n/detect';
import { i18n } from '@/i18n/i18n';
import { paths } from '@/lib/paths';
import { useProgressStore } from '@/stores/progress-store';
import { useSettingsStore } from '@/stores/settings-store';
import { useStorageHealth } from '@/stores/storage-health';
import { LiveRegion } from '@/ui/announcer';
import { ErrorBoundary } from '@/ui/error-boundary';
import { Loading, LoadingEveryLanguage } from '@/ui/loading';

import { ErrorScreen } from './error-screen';
import { inLms } from './lms/lms-start';
import { SiteHeader } from './site-header';

// Not part of the first screen: the language and role choosers (first visit only) and the storage
// notice (only when saving has a problem) load when they are needed.
const FirstVisit = lazy(() =>
  import('@/features/settings/first-visit').then((m) => ({ default: m.FirstVisit })),
);
const StorageNotice = lazy(() =>
  import('@/features/progress/storage-notice').then((m) => ({ default: m.StorageNotice })),
);

/** Loads the new language's strings and the current screen's content, then switches i18next to it. */
async function loadLocale(locale: Locale, path: string) {
  const item = itemFromPath(path);
  await Promise.all([
    i18n.changeLanguage(locale),
    item ? loadItemContent(item, locale).catch(() => undefined) : undefined,
  ]);
}

/** Switches language once what it needs is loaded, so the screen never blanks. */
async function switchLocale(locale: Locale, path: string) {
  await loadLocale(locale, path);
  useSettingsStore.getState().setLocale(locale);
}

export function Shell() {
  const { t } = useTranslation();
  const locale = useSettingsStore((s) => s.locale);
  const { pathname } = useLocation();
  const visit = useProgressStore((s) => s.visit);
  const storageProblems = useStorageHealth((s) => s.problems.length);

  useEffect(() => {
    if (itemFromPath(pathname)) visit(pathname);
  }, [pathname, visit]);

  // <html lang> follows the choice; a choice made in another tab reaches i18next here too.
  useEffect(() => {
    if (!locale) return;
    document.documentElement.lang = locale;
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
  }, [locale]);

  if (!locale) {
    return (
      <main id="main">
        <Suspense fallback={<LoadingEveryLanguage />}>
          <FirstVisit
            order={preferredLocales(navigator.languages ?? [navigator.language])}
            loadLocale={async (l) => {
              await loadLocale(l, pathname);
              document.documentElement.lang = l;
            }}
            finish={(l, role) => {
              if (role) useSettingsStore.getState().setRole(role);
              useSettingsStore.getState().setLocale(l);
            }}
          />
        </Suspense>
        <LiveRegion />
      </main>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('skipToContent')}
      </a>
      <SiteHeader onSwitch={(l) => switchLocale(l, pathname)} />
      {storageProblems > 0 ? (
        <Suspense fallback={null}>
          <StorageNotice />
        </Suspense>
      ) : null}
      <main id="main" tabIndex={-1}>
        <ErrorBoundary key={pathname} fallback={(error) => <ErrorScreen error={error} />}>
          <Suspense fallback={<Loading label={t('loading')} />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t(inLms ? 'footer.lms' : 'footer.privacy')}</p>
        <p>
          <Link to={paths.offline.href()}>{t('footer.offline')}</Link>
        </p>
      </footer>
      <LiveRegion />
    </>
  );
}

/** With hash routing, "#main" would be read as a route; move focus by hand instead. */
function skipToMain(event: React.MouseEvent) {
  event.preventDefault();
  const main = document.getElementById('main');
  main?.focus();
  main?.scrollIntoView();
}
