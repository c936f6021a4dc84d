import { render } from '@testing-library/react';

import type * as Storage from '@/lib/storage';
import { CURRENT_PROFILE_KEY } from '@/stores/profile-ids';

afterEach(() => {
  vi.doUnmock('./lms/lms-start');
  vi.doUnmock('@/lib/storage');
  vi.resetModules();
});

/** The keys the app follows from other tabs, with the LMS found or not. */
async function followedKeys(inLms: boolean) {
  vi.resetModules();
  const followed: string[] = [];
  vi.doMock('./lms/lms-start', () => ({ inLms, lmsReady: Promise.resolve() }));
  vi.doMock('@/lib/storage', async (original) => {
    const storage = await original<typeof Storage>();
    return {
      ...storage,
      onOtherTabChange: (key: string, ...rest: [() => void, boolean?]) => {
        followed.push(key);
        return storage.onOtherTabChange(key, ...rest);
      },
    };
  });
  const { initI18n } = await import('@/i18n/i18n');
  await initI18n('en');
  const { App } = await import('./app');
  render(<App />).unmount();
  return followed;
}

describe('following another tab’s profile switch', () => {
  it('reloads on it on the device', async () => {
    expect(await followedKeys(false)).toContain(CURRENT_PROFILE_KEY);
  });

  it('does not inside an LMS, whose session a reload would end', async () => {
    expect(await followedKeys(true)).not.toContain(CURRENT_PROFILE_KEY);
  });
});
