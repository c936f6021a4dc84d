import { useId } from 'react';

import './role-select.css';

interface RoleSelectProps {
  label: string;
  /** Text of the empty choice ("not chosen"). */
  none: string;
  roles: { id: string; name: string }[];
  value: string | undefined;
  onChange: (role: string | undefined) => void;
}

/** The learner's role: shapes their path and weights their final assessment. */
export function RoleSelect({ label, none, roles, value, onChange }: RoleSelectProps) {
  const id = useId();
  return (
    <div className="role-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
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
