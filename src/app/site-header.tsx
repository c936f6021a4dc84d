import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import type { Locale } from '@/content/locales';
import { LanguageSwitcher } from '@/features/settings/language-switcher';

// Registers the service worker once the course is showing; not part of the first screen's code.
const OfflineStatus = lazy(() =>
  import('@/features/offline/offline-status').then((m) => ({ default: m.OfflineStatus })),
);

/** Where each section of the site starts; a section is "current" on its own pages too. */
const SECTIONS = [
  { to: '/', key: 'course', also: ['/modules/'] },
  { to: '/progress', key: 'progress', also: [] },
  { to: '/assessment', key: 'assessment', also: [] },
  { to: '/help', key: 'help', also: ['/help/'] },
  { to: '/role', key: 'role', also: [] },
] as const;

/** "page" for the section's own address, "true" inside it (a module of the course), else nothing. */
function currentness(pathname: string, section: (typeof SECTIONS)[number]) {
  if (pathname === section.to) return 'page' as const;
  if (section.also.some((prefix) => pathname.startsWith(prefix))) return 'true' as const;
  return undefined;
}

/**
 * The name, the sections (the current one marked for eyes and for screen readers), the languages.
 * On a phone the sections fold behind a "Menu" button so the header stays one row high.
 */
export function SiteHeader({ onSwitch }: { onSwitch: (locale: Locale) => Promise<void> }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // The menu is open for the page it was opened on: following a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return (
    <header className="site-header">
      <Link to="/" className="brand">
        {t('appName')}
      </Link>
      <button
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls="site-nav"
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        <span aria-hidden="true">{open ? '×' : '≡'}</span> {t('nav.menu')}
      </button>
      <nav id="site-nav" className={open ? 'open' : undefined} aria-label={t('nav.label')}>
        {SECTIONS.map((section) => (
          <Link key={section.key} to={section.to} aria-current={currentness(pathname, section)}>
            {t(`nav.${section.key}`)}
          </Link>
        ))}
      </nav>
      <LanguageSwitcher onSwitch={onSwitch} />
      <Suspense fallback={null}>
        <OfflineStatus />
      </Suspense>
    </header>
  );
}
