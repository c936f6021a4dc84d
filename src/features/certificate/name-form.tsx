import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { MAX_NAME, useSettingsStore } from '@/stores/settings-store';
import '@/ui/field.css';

/** The certificate names its learner: asked for once, kept in the profile's settings. */
export function NameForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation('certificate');
  const setName = useSettingsStore((s) => s.setName);
  const [draft, setDraft] = useState('');
  const id = useId();
  return (
    <form
      className="certificate-name"
      onSubmit={(e) => {
        e.preventDefault();
        if (!draft.trim()) return;
        setName(draft.trim());
        onSaved();
      }}
    >
      <p>{t('nameNeeded')}</p>
      <label htmlFor={id}>{t('nameLabel')}</label>
      <input
        className="field-input"
        id={id}
        value={draft}
        required
        maxLength={MAX_NAME}
        autoComplete="name"
        onChange={(e) => setDraft(e.target.value)}
      />
      <button type="submit" className="button">
        {t('saveName')}
      </button>
    </form>
  );
}
