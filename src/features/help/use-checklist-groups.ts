import type { HelpContent } from '@/content/types';
import { useSettingsStore } from '@/stores/settings-store';

/** The indicator groups for the learner's role — every group when no role is chosen. */
export function useChecklistGroups(help: HelpContent): {
  role: string | undefined;
  groups: string[];
} {
  const role = useSettingsStore((s) => s.role);
  const groups = role ? help.roleGroups[role] : undefined;
  return { role, groups: groups ?? [...new Set(Object.values(help.roleGroups).flat())] };
}
