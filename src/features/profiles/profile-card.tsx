import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { LOCALE_AUTONYMS } from '@/content/locales';
import { useCourseOutline } from '@/i18n/use-course-text';
import { own } from '@/lib/check';
import {
  deleteProfile,
  renameProfile,
  switchProfile,
  type Profile,
  type ProfileOutcome,
} from '@/stores/profiles';
import { MAX_NAME, useSettingsStore } from '@/stores/settings-store';
import { announce } from '@/ui/announcer';

import { profileLabel } from './profile-label';
import '@/ui/field.css';

interface ProfileCardProps {
  profile: Profile;
  index: number;
  /** The list changed (renamed, deleted): read it again. */
  onChange: () => void;
  onDeleted: () => void;
  onOutcome: (result: ProfileOutcome) => void;
}

/** One profile: its name, role and language; use it, rename it, or delete it after confirming. */
export function ProfileCard({ profile, index, onChange, onDeleted, onOutcome }: ProfileCardProps) {
  const { t } = useTranslation('profiles');
  const outline = useCourseOutline();
  const currentName = useSettingsStore((s) => s.name);
  const setName = useSettingsStore((s) => s.setName);
  const settings = profile.current ? { ...profile.settings, name: currentName } : profile.settings;
  const label = profileLabel(t, { ...profile, settings }, index);
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [draft, setDraft] = useState(settings.name ?? '');
  const focusTarget = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownMode = useRef(mode);

  // Focus follows a change of mode only: on arrival the screen's h1 keeps it.
  useEffect(() => {
    if (shownMode.current === mode) return;
    shownMode.current = mode;
    (mode === 'view' ? heading.current : focusTarget.current)?.focus();
  }, [mode]);

  const role = settings.role ? own(outline.roles, settings.role) : undefined;
  return (
    <li className="card profile-card">
      <h3 ref={heading} tabIndex={-1}>
        <span translate={settings.name ? 'no' : undefined}>{label}</span>
        {profile.current ? <span className="tag">{t('current')}</span> : null}
      </h3>
      <dl className="profile-facts">
        <dt>{t('roleTerm')}</dt>
        <dd>{role ?? t('roleNone')}</dd>
        {settings.locale ? (
          <>
            <dt>{t('languageLabel')}</dt>
            <dd lang={settings.locale}>{LOCALE_AUTONYMS[settings.locale]}</dd>
          </>
        ) : null}
      </dl>
      {mode === 'rename' ? (
        <form
          className="profile-form"
          onSubmit={(e) => {
            e.preventDefault();
            const name = draft.trim();
            if (profile.current) setName(name || undefined);
            const result = profile.current
              ? ({ ok: true } as const)
              : renameProfile(profile.id, name);
            onOutcome(result);
            if (result.ok) {
              onChange();
              announce(
                t('renamed', {
                  name: name || profileLabel(t, { ...profile, settings: {} }, index),
                }),
              );
              setMode('view');
            }
          }}
        >
          <label htmlFor={`name-${profile.id}`}>{t('nameLabel')}</label>
          <input
            className="field-input"
            id={`name-${profile.id}`}
            ref={focusTarget as React.RefObject<HTMLInputElement>}
            value={draft}
            maxLength={MAX_NAME}
            autoComplete="off"
            onChange={(e) => setDraft(e.target.value)}
          />
          <div className="actions">
            <button type="submit" className="button button-small">
              {t('saveName')}
            </button>
            <button type="button" className="button button-small" onClick={() => setMode('view')}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : mode === 'delete' ? (
        <div role="group" aria-label={t('delete')}>
          <p ref={focusTarget as React.RefObject<HTMLParagraphElement>} tabIndex={-1}>
            {t('deleteConfirm', { name: label })}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                void deleteProfile(profile.id).then((result) => {
                  onOutcome(result);
                  if (result.ok) {
                    announce(t('deleted', { name: label }));
                    onDeleted();
                  }
                })
              }
            >
              {t('deleteYes')}
            </button>
            <button type="button" className="button button-small" onClick={() => setMode('view')}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          {profile.current ? null : (
            <button
              type="button"
              className="button button-small"
              onClick={() => void switchProfile(profile.id).then(onOutcome)}
            >
              {t('use')}
            </button>
          )}
          <button type="button" className="button button-small" onClick={() => setMode('rename')}>
            {t('rename')}
          </button>
          <button type="button" className="button button-small" onClick={() => setMode('delete')}>
            {t('delete')}
          </button>
        </div>
      )}
    </li>
  );
}
