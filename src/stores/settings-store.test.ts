import { useSettingsStore } from './settings-store';

/** What the device holds under the settings key (tests may look at storage directly). */
const saved = () => JSON.parse(window.localStorage.getItem('qorgau.settings') ?? 'null') as unknown;

describe('settings store', () => {
  it('saves the chosen language and role on the device', () => {
    useSettingsStore.getState().setLocale('kk');
    useSettingsStore.getState().setRole('police');
    expect(saved()).toMatchObject({ state: { locale: 'kk', role: 'police' } });
  });

  it('forgets the role when the learner clears it', () => {
    useSettingsStore.getState().setRole('teacher');
    useSettingsStore.getState().setRole(undefined);
    expect(useSettingsStore.getState().role).toBeUndefined();
    expect(saved()).toMatchObject({ state: {} });
    expect(JSON.stringify(saved())).not.toContain('teacher');
  });

  it('starts each test afresh: no role is left over from the one before', () => {
    expect(useSettingsStore.getState().role).toBeUndefined();
    expect(useSettingsStore.getState().locale).toBeUndefined();
  });
});
