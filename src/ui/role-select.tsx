import { useId } from 'react';

import { manifest } from '@/content/loader';
import { useCourseText } from '@/i18n/use-course-text';
import { useSettingsStore } from '@/stores/settings-store';

import './role-select.css';

/** The learner's role, saved in settings: it weights the final assessment and shapes checklists. */
export function RoleSelect({
  label,
  none,
}: {
  label: string;
  /** The empty choice. */ none: string;
}) {
  const id = useId();
  const text = useCourseText();
  const role = useSettingsStore((s) => s.role);
  const setRole = useSettingsStore((s) => s.setRole);
  return (
    <div className="role-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={role ?? ''} onChange={(e) => setRole(e.target.value || undefined)}>
        <option value="">{none}</option>
        {manifest.roles.map((r) => (
          <option key={r} value={r}>
            {text.roles[r] ?? r}
          </option>
        ))}
      </select>
    </div>
  );
}
