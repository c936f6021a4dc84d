import { useNavigate } from 'react-router';

import { useSettingsStore } from '@/stores/settings-store';

import { RoleChooser } from './role-chooser';

/** `#/role`: the learner changes their role (reached from the header). */
export function RolePage() {
  const role = useSettingsStore((s) => s.role);
  const setRole = useSettingsStore((s) => s.setRole);
  const navigate = useNavigate();
  return (
    <RoleChooser
      current={role}
      mode="change"
      onDone={(r) => {
        setRole(r);
        void navigate('/');
      }}
      onSkip={() => void navigate(-1)}
    />
  );
}
