import { useId } from 'react';

import './role-select.css';
import './field.css';

export interface RoleOption {
  id: string;
  name: string;
}

/**
 * A choice of the learner's role (it weights the final assessment and shapes checklists).
 * Presentational: the screen that shows it reads and saves the role.
 */
export function RoleSelect({
  label,
  none,
  roles,
  value,
  onChange,
}: {
  label: string;
  /** The empty choice. */
  none: string;
  roles: readonly RoleOption[];
  value: string | undefined;
  onChange: (role: string | undefined) => void;
}) {
  const id = useId();
  return (
    <div className="role-select">
      <label htmlFor={id}>{label}</label>
      <select
        className="field-input"
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        <option value="">{none}</option>
        {roles.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
    </div>
  );
}
