import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { currentProfile, GUEST_PROFILE } from '@/stores/profile-keys';
import { listProfiles, startGuest, type ProfileOutcome } from '@/stores/profiles';
import { FormMessage } from '@/ui/form-message';
import { ScreenHeading } from '@/ui/screen-heading';

import { NewProfileForm } from './new-profile-form';
import { ProfileCard } from './profile-card';

import './profiles.css';

/** `#/profiles`: the profiles on this device — use, rename, delete, create — and a guest session. */
export function ProfilesPage() {
  const { t } = useTranslation(['profiles', 'common']);
  const [profiles, setProfiles] = useState(listProfiles);
  const [failed, setFailed] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const title = t('title');
  const report = (result: ProfileOutcome) =>
    setFailed(result.ok ? null : t(`failed.${result.reason}`));

  return (
    <>
      <ScreenHeading title={title} site={t('common:appName')}>
        {title}
      </ScreenHeading>
      <p>{t('explain')}</p>
      {currentProfile === GUEST_PROFILE ? (
        <p>
          <strong>{t('guestNow')}</strong>
        </p>
      ) : null}

      <section aria-labelledby="profiles-list">
        <h2 id="profiles-list" ref={listHeading} tabIndex={-1}>
          {t('listHeading')}
        </h2>
        <ul className="plain-list profile-list">
          {profiles.map((p, i) => (
            <ProfileCard
              key={p.id}
              profile={p}
              index={i}
              onChange={() => setProfiles(listProfiles())}
              onDeleted={() => {
                setProfiles(listProfiles());
                // The deleted card took the focus with it: the list's heading has it now.
                listHeading.current?.focus();
              }}
              onOutcome={report}
            />
          ))}
        </ul>
        <FormMessage message={failed ? { ok: false, text: failed } : null} />
      </section>

      <section aria-labelledby="profiles-new">
        <h2 id="profiles-new">{t('newHeading')}</h2>
        <NewProfileForm onOutcome={report} />
      </section>

      {currentProfile === GUEST_PROFILE ? null : (
        <section aria-labelledby="profiles-guest">
          <h2 id="profiles-guest">{t('guestHeading')}</h2>
          <p>{t('guestExplain')}</p>
          <button type="button" className="button" onClick={() => void startGuest().then(report)}>
            {t('guestStart')}
          </button>
        </section>
      )}
    </>
  );
}
