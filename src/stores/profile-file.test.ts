import { readFileSync } from 'node:fs';
import path from 'node:path';

import { readEnvelope } from './profile-file';
import { profileFile, sealIntact } from './profile-seal';
import { emptyProgress } from './progress-record';

const state = { ...emptyProgress(), lessons: { 'm/l': { reached: 2 } } };
const profile = { name: 'Дана', role: 'police', locale: 'ru' as const };

describe('profile file', () => {
  it('reads back the progress and the profile it wrote, sealed', async () => {
    const file = JSON.parse(await profileFile(state, profile));
    expect(await sealIntact(file)).toBe(true);
    expect(readEnvelope(file)).toEqual({ ok: true, state, profile });
  });

  it('notices any change after saving, in the progress or the profile', async () => {
    for (const edit of [
      (f: { state: typeof state }) => (f.state.lessons['m/l']!.reached = 3),
      (f: { profile: typeof profile }) => (f.profile.name = 'Other'),
      (f: { exportedAt: string }) => (f.exportedAt = '2020-01-01T00:00:00.000Z'),
    ]) {
      const file = JSON.parse(await profileFile(state, profile));
      edit(file);
      expect(await sealIntact(file)).toBe(false);
    }
    const unsealed = JSON.parse(await profileFile(state, profile));
    delete unsealed.seal;
    expect(await sealIntact(unsealed)).toBe(false);
  });

  it('reads a progress file from before profiles (no seal, no profile)', () => {
    const old = JSON.parse(
      readFileSync(path.resolve(__dirname, '../../tests/fixtures/progress/v1.json'), 'utf8'),
    );
    const read = readEnvelope(old);
    expect(read.ok && read.profile).toBeUndefined();
    expect(read.ok && read.state.lessons['what-is-trafficking/act-means-purpose']?.reached).toBe(3);
  });

  it('refuses a profile that is not valid settings, and a newer version, saying which', async () => {
    const file = JSON.parse(await profileFile(state, profile));
    expect(readEnvelope({ ...file, profile: { ...file.profile, locale: 'de' } })).toEqual({
      ok: false,
      problem: 'damaged',
    });
    expect(
      readEnvelope({ ...file, profile: JSON.parse('{"__proto__": 1, "version": 2}') }),
    ).toEqual({
      ok: false,
      problem: 'damaged',
    });
    expect(readEnvelope({ ...file, profile: { ...file.profile, version: 9 } })).toEqual({
      ok: false,
      problem: 'newer-version',
    });
    expect(readEnvelope({ ...file, version: 9 })).toEqual({ ok: false, problem: 'newer-version' });
    expect(readEnvelope({ ...file, kind: 'qorgau-seminar-plan' })).toEqual({
      ok: false,
      problem: 'not-progress',
    });
  });
});
