import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';

import { itemFromPath } from '@/content/course-path';
import { loadModuleContent } from '@/content/loader';
import type { Locale } from '@/content/locales';
import { LanguageSwitcher } from '@/features/settings/language-switcher';
import { preferredLocales } from '@/i18n/detect';
import { i18n } from '@/i18n/i18n';
import { useProgressStore } from '@/stores/progress-store';
import { useSettingsStore } from '@/stores/settings-store';
import { useStorageHealth } from '@/stores/storage-health';
import { LiveRegion } from '@/ui/announcer';
import { ErrorBoundary } from '@/ui/error-boundary';
import { Loading, LoadingEveryLanguage } from '@/ui/loading';

import { ErrorScreen } from './error-screen';

// Not part of the first screen: the language chooser (first visit only), the offline status
// (registers the service worker once the course is showing) and the storage notice (only when
// saving has a problem) load when they are needed.
const LanguageChooser = lazy(() =>
  import('@/features/settings/language-chooser').then((m) => ({ default: m.LanguageChooser })),
);
const OfflineStatus = lazy(() =>
  import('@/features/offline/offline-status').then((m) => ({ default: m.OfflineStatus })),
);
const StorageNotice = lazy(() =>
  import('@/features/progress/storage-notice').then((m) => ({ default: m.StorageNotice })),
);

/** Switches language once the new language's strings and the current module are loaded. */
async function switchLocale(locale: Locale, path: string) {
  const item = itemFromPath(path);
  await Promise.all([
    i18n.changeLanguage(locale),
    item ? loadModuleContent(item.moduleId, locale).catch(() => undefined) : undefined,
  ]);
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
          <LanguageChooser
            order={preferredLocales(navigator.languages ?? [navigator.language])}
            onChoose={(l) => void switchLocale(l, pathname)}
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
      <header className="site-header">
        <Link to="/" className="brand">
          {t('appName')}
        </Link>
        <nav aria-label={t('nav.label')}>
          <Link to="/">{t('nav.course')}</Link>
          <Link to="/progress">{t('nav.progress')}</Link>
          <Link to="/assessment">{t('nav.assessment')}</Link>
          <Link to="/help">{t('nav.help')}</Link>
        </nav>
        <LanguageSwitcher onSwitch={(l) => switchLocale(l, pathname)} />
        <Suspense fallback={null}>
          <OfflineStatus />
        </Suspense>
      </header>
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
        <p>{t('footer.privacy')}</p>
        <p>
          <Link to="/offline">{t('footer.offline')}</Link>
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
