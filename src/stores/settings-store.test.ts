import { useSettingsStore } from './settings-store';
import { loadWriter } from './versioned-storage';

/** What the device holds under the settings key (tests may look at storage directly). */
const saved = () => JSON.parse(window.localStorage.getItem('qorgau.settings') ?? 'null') as unknown;

describe('settings store', () => {
  // Saving loads just after the first screen; the app starts it, so the tests do too.
  beforeEach(async () => {
    await loadWriter();
  });

  it('saves the chosen language and role on the device', async () => {
    useSettingsStore.getState().setLocale('kk');
    useSettingsStore.getState().setRole('police');
    await vi.waitFor(() =>
      expect(saved()).toMatchObject({ state: { locale: 'kk', role: 'police' } }),
    );
  });

  it('forgets the role when the learner clears it', async () => {
    useSettingsStore.getState().setRole('teacher');
    await vi.waitFor(() => expect(JSON.stringify(saved())).toContain('teacher'));
    useSettingsStore.getState().setRole(undefined);
    expect(useSettingsStore.getState().role).toBeUndefined();
    await vi.waitFor(() => expect(JSON.stringify(saved())).not.toContain('teacher'));
    expect(saved()).toMatchObject({ state: {} });
  });

  it('starts each test afresh: no role is left over from the one before', () => {
    expect(useSettingsStore.getState().role).toBeUndefined();
    expect(useSettingsStore.getState().locale).toBeUndefined();
  });
});
