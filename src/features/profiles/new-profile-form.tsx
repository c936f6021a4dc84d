import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { manifest } from '@/content/loader';
import { LOCALE_AUTONYMS, LOCALES, type Locale } from '@/content/locales';
import { useCourseOutline } from '@/i18n/use-course-text';
import { useLocale } from '@/i18n/use-locale';
import { createProfile, type ProfileOutcome } from '@/stores/profiles';
import { MAX_NAME } from '@/stores/settings-store';
import { RoleSelect } from '@/ui/role-select';
import '@/ui/field.css';

/** A new profile: an optional name, a role, a language; creating it switches to it. */
export function NewProfileForm({ onOutcome }: { onOutcome: (result: ProfileOutcome) => void }) {
  const { t } = useTranslation('profiles');
  const outline = useCourseOutline();
  const [name, setName] = useState('');
  const [role, setRole] = useState<string | undefined>();
  const [locale, setLocale] = useState<Locale>(useLocale());
  const nameId = useId();
  const localeId = useId();
  return (
    <form
      className="profile-form"
      onSubmit={(e) => {
        e.preventDefault();
        void createProfile({ name, role, locale }).then(onOutcome);
      }}
    >
      <div className="field">
        <label htmlFor={nameId}>{t('nameLabel')}</label>
        <input
          className="field-input"
          id={nameId}
          value={name}
          maxLength={MAX_NAME}
          autoComplete="off"
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <RoleSelect
        label={t('roleLabel')}
        none={t('roleNone')}
        roles={manifest.roles.map((id) => ({ id, name: outline.roles[id] ?? id }))}
        value={role}
        onChange={setRole}
      />
      <div className="field">
        <label htmlFor={localeId}>{t('languageLabel')}</label>
        <select
          className="field-input"
          id={localeId}
          value={locale}
          onChange={(e) => setLocale(e.target.value as Locale)}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_AUTONYMS[l]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t('create')}
      </button>
    </form>
  );
}
