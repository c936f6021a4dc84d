import type { TFunction } from 'i18next';

import type { Profile } from '@/stores/profiles';

/** A profile's name, or "Profile 2" by its place in the list when it has none. */
export function profileLabel(t: TFunction<'profiles'>, profile: Profile, index: number): string {
  return profile.settings.name ?? t('unnamed', { n: index + 1 });
}
