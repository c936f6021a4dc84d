import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/lib/paths';
import { currentProfile, GUEST_PROFILE } from '@/stores/profile-keys';
import { listProfiles, startGuest, switchProfile, type ProfileOutcome } from '@/stores/profiles';
import { useSettingsStore } from '@/stores/settings-store';
import { FormMessage } from '@/ui/form-message';

import { profileLabel } from './profile-label';

import './profile-switcher.css';

/**
 * The header's profile control: the profile in use, and the others one click away (switching
 * reloads the course in that profile). Loaded after the first screen, like the offline status.
 */
export function ProfileSwitcher() {
  const { t } = useTranslation('profiles');
  // The name in use comes from the settings store, so a rename shows at once.
  const name = useSettingsStore((s) => s.name);
  const [profiles, setProfiles] = useState(listProfiles);
  const [failed, setFailed] = useState<string | null>(null);
  const details = useRef<HTMLDetailsElement>(null);
  const guest = currentProfile === GUEST_PROFILE;

  // Escape closes the menu and leaves the focus on its button, as a menu button does.
  useEffect(() => {
    const element = details.current;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !element?.open) return;
      element.removeAttribute('open');
      element.querySelector('summary')?.focus();
    };
    element?.addEventListener('keydown', onKey);
    return () => element?.removeEventListener('keydown', onKey);
  }, []);
  const index = profiles.findIndex((p) => p.current);
  const current = guest
    ? t('guest')
    : (name ?? (index >= 0 ? t('unnamed', { n: index + 1 }) : t('unnamed', { n: 1 })));

  const act = async (action: () => Promise<ProfileOutcome>) => {
    const result = await action();
    setFailed(result.ok ? null : t(`failed.${result.reason}`));
  };

  return (
    <details
      ref={details}
      className="profile-switcher"
      onToggle={(e) => {
        if (e.currentTarget.open) setProfiles(listProfiles());
      }}
    >
      <summary>
        <span className="visually-hidden">{t('switcher.label')}: </span>
        <span translate={name && !guest ? 'no' : undefined}>{current}</span>
      </summary>
      <div className="profile-menu">
        <ul className="plain-list">
          {profiles.map((p, i) => (
            <li key={p.id}>
              {p.current && !guest ? (
                <span aria-current="true">
                  <span translate={name ? 'no' : undefined}>{name ?? profileLabel(t, p, i)}</span> (
                  {t('current')})
                </span>
              ) : (
                <button
                  type="button"
                  translate={p.settings.name ? 'no' : undefined}
                  onClick={() => void act(() => switchProfile(p.id))}
                >
                  {profileLabel(t, p, i)}
                </button>
              )}
            </li>
          ))}
          {guest ? null : (
            <li>
              <button type="button" onClick={() => void act(startGuest)}>
                {t('switcher.guest')}
              </button>
            </li>
          )}
        </ul>
        <Link to={paths.profiles.href()} onClick={() => details.current?.removeAttribute('open')}>
          {t('switcher.manage')}
        </Link>
        <FormMessage message={failed ? { ok: false, text: failed } : null} />
      </div>
    </details>
  );
}
