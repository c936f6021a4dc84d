import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import type { Locale } from '@/content/locales';
import { LanguageSwitcher } from '@/features/settings/language-switcher';
import { paths } from '@/lib/paths';

import { inLms } from './lms/lms-start';

// The profile control lists the profiles on this device: it loads right after the first screen.
const ProfileSwitcher = lazy(() =>
  import('@/features/profiles/profile-switcher').then((m) => ({ default: m.ProfileSwitcher })),
);
// Registers the service worker once the course is showing; not part of the first screen's code.
const OfflineStatus = lazy(() =>
  import('@/features/offline/offline-status').then((m) => ({ default: m.OfflineStatus })),
);

const SECTIONS = [
  ['course', paths.home.href()],
  ['progress', paths.progress.href()],
  ['assessment', paths.assessment.href()],
  ['help', paths.help.href()],
  ['glossary', paths.glossary.href()],
  ['role', paths.role.href()],
] as const;

/**
 * "page" on a section's own address, "true" inside it (a module is inside the course, the pocket
 * card inside help), else nothing.
 */
function currentness(pathname: string, to: string) {
  if (pathname === to) return 'page' as const;
  const inside = to === paths.home.href() ? paths.module.pattern.split('/:')[0] + '/' : `${to}/`;
  return pathname.startsWith(inside) ? ('true' as const) : undefined;
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
      <Link to={paths.home.href()} className="brand">
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
        {SECTIONS.map(([key, to]) => (
          <Link key={key} to={to} aria-current={currentness(pathname, to)}>
            {t(`nav.${key}`)}
          </Link>
        ))}
      </nav>
      {/* Inside an LMS the learner is the LMS's own: no switching to another profile there. */}
      {inLms ? null : (
        <Suspense fallback={null}>
          <ProfileSwitcher />
        </Suspense>
      )}
      <LanguageSwitcher onSwitch={onSwitch} />
      <Suspense fallback={null}>
        <OfflineStatus />
      </Suspense>
    </header>
  );
}
