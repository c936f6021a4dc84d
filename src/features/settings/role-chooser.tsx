import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { manifest } from '@/content/loader';
import { useCourseOutline } from '@/i18n/use-course-text';
import { paths } from '@/lib/paths';
import { ScreenHeading } from '@/ui/screen-heading';

import './role-chooser.css';

interface RoleChooserProps {
  /** The role already chosen, if any. */
  current: string | undefined;
  /** First visit: "skip" leaves the role unset. Later: "back" leaves it as it was. */
  mode: 'first-visit' | 'change';
  onDone: (role: string | undefined) => void;
  onSkip: () => void;
}

/**
 * Which work the learner does. Asked right after the language on a first visit (and skippable),
 * changeable later from the header: it puts the role's modules and cases first on the home screen,
 * adds the role's notes to the debriefs and weights the final assessment.
 */
export function RoleChooser({ current, mode, onDone, onSkip }: RoleChooserProps) {
  const { t } = useTranslation(['settings', 'common']);
  const text = useCourseOutline();
  const [role, setRole] = useState(current ?? '');
  const legend = useId();
  const title = t('role.heading');
  return (
    <div className="role-chooser">
      <ScreenHeading title={title} site={t('common:appName')}>
        {title}
      </ScreenHeading>
      <p className="lead">{t('role.lead')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onDone(role || undefined);
        }}
      >
        <fieldset aria-labelledby={legend}>
          <legend id={legend} className="visually-hidden">
            {title}
          </legend>
          <ul className="role-options">
            {manifest.roles.map((id) => (
              <li key={id}>
                <label className="role-option">
                  <input
                    type="radio"
                    name="role"
                    value={id}
                    checked={role === id}
                    onChange={() => setRole(id)}
                  />
                  <span>{text.roles[id] ?? id}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={!role}>
            {t('role.save')}
          </button>
          <button type="button" className="button" onClick={onSkip}>
            {mode === 'first-visit' ? t('role.skip') : t('role.back')}
          </button>
        </div>
        {mode === 'first-visit' ? (
          <>
            <p className="meta">{t('role.later')}</p>
            {/* Someone who came for help gets it in one step: the role can wait. */}
            <p>
              <Link to={paths.help.href()} onClick={onSkip}>
                {t('role.helpNow')}
              </Link>
            </p>
          </>
        ) : null}
      </form>
    </div>
  );
}
