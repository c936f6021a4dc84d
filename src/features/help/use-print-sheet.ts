import { useHelp, useIndicators } from '@/content/more-loaders';
import { useCourseOutline } from '@/i18n/use-course-text';
import { useLocale } from '@/i18n/use-locale';
import { useSettingsStore } from '@/stores/settings-store';

/**
 * What a printed sheet needs: helplines and referral steps, the indicator taxonomy, and the
 * indicator groups of the learner's role (every group when no role is chosen) with its name.
 */
export function usePrintSheet() {
  const locale = useLocale();
  const help = useHelp(locale);
  const taxonomy = useIndicators(locale);
  const text = useCourseOutline();
  const role = useSettingsStore((s) => s.role);
  const groups = (role ? help.roleGroups[role] : undefined) ?? [
    ...new Set(Object.values(help.roleGroups).flat()),
  ];
  return { help, taxonomy, groups, roleName: role ? (text.roles[role] ?? role) : undefined };
}
