import { screen } from '@testing-library/react';

import { setAppStore, type KeyValueStore } from '@/lib/storage';
import { emptyProgress, type ProgressData } from '@/stores/progress-record';
import { useProgressStore } from '@/stores/progress-store';
import { renderApp } from '@/test/render-app';

import { profileFile } from '@/stores/profile-seal';
import { useSettingsStore } from '@/stores/settings-store';

import { progressFile } from './progress-file';

const lesson = 'what-is-trafficking/act-means-purpose';
const file = (text: string, name = 'progress.json') =>
  new File([text], name, { type: 'application/json' });
const withLesson = (reached: number): ProgressData => ({
  ...emptyProgress(),
  lessons: { [lesson]: { reached } },
});

async function load(text: string, name?: string) {
  const view = await renderApp('/progress');
  await view.user.upload(screen.getByLabelText('Load a progress file'), file(text, name));
  return view;
}

afterEach(() => setAppStore(undefined));

const quizResult = {
  at: '2026-11-20T10:00:00.000Z',
  score: 9,
  max: 10,
  passed: true,
  missed: ['q'],
  met: [],
  recognised: [],
};

describe('loading a progress file', () => {
  it('says "added" when the progress was merged and saved', async () => {
    const view = await load(progressFile(withLesson(2)), 'mine.json');
    await view.user.click(await screen.findByRole('button', { name: 'Add it to my progress' }));
    expect(await screen.findByText('Progress from mine.json has been added.')).toBeInTheDocument();
    expect(useProgressStore.getState().lessons[lesson]).toEqual({ reached: 2 });
  });

  it('refuses a file whose keys are inherited names, saying why, and changes nothing', async () => {
    const hostile = `{"kind": "qorgau-progress", "version": 2, "state": {"lessons": {"__proto__": {"reached": 1}, "constructor": {"reached": 1}}, "quizzes": {}, "scenarios": {}}}`;
    await load(hostile, 'evil.json');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'evil.json was not loaded: it is damaged or was changed by hand. Nothing was changed.',
    );
    expect(({} as Record<string, unknown>).reached).toBeUndefined();
    expect(useProgressStore.getState().lessons).toEqual({});
  });

  it('refuses a file over 1 MB before reading it', async () => {
    await load(' '.repeat(1_000_001), 'big.json');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /big\.json was not loaded: it is too large/,
    );
  });

  it('never says "added" when the merged progress could not be saved', async () => {
    const data = new Map<string, string>();
    const full: KeyValueStore = {
      persistent: true,
      read: (k) => ({ ok: true, value: data.get(k) ?? null }),
      write: () => ({ ok: false, reason: 'quota' }),
      remove: () => undefined,
      keys: () => [],
    };
    const view = await renderApp('/progress');
    setAppStore(full);
    await view.user.upload(
      screen.getByLabelText('Load a progress file'),
      file(progressFile(withLesson(3)), 'mine.json'),
    );
    await view.user.click(await screen.findByRole('button', { name: 'Add it to my progress' }));
    expect(
      await screen.findByText(/has been added to this session, but it could not be saved/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Progress from mine.json has been added.')).toBeNull();
  });

  it('shows what a profile file would add before changing anything, and cancelling changes nothing', async () => {
    const incoming = {
      ...withLesson(4),
      lessons: { [lesson]: { reached: 3, completedAt: '2026-11-20T09:00:00.000Z' } },
      quizzes: { 'what-is-trafficking': { history: [quizResult] } },
    };
    const view = await load(await profileFile(incoming, { name: 'Aigerim S.', role: 'teacher' }));
    const preview = await screen.findByRole('group', {
      name: 'progress.json would add to your progress:',
    });
    expect(preview).toHaveTextContent('1 lesson completed');
    expect(preview).toHaveTextContent('1 module quiz result');
    expect(preview).toHaveTextContent("The profile's name: Aigerim S.");
    expect(useProgressStore.getState().lessons).toEqual({});
    await view.user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(
      await screen.findByText('progress.json was not loaded, as you chose. Nothing was changed.'),
    ).toBeInTheDocument();
    expect(useProgressStore.getState().lessons).toEqual({});
    expect(useSettingsStore.getState().name).toBeUndefined();
  });

  it("takes the file's name and role only where this profile has none, and keeps newer progress", async () => {
    useSettingsStore.setState({ name: 'Dana' });
    useProgressStore.setState({ lessons: { [lesson]: { reached: 3 } } });
    const view = await load(await profileFile(withLesson(1), { name: 'Other', role: 'police' }));
    await view.user.click(await screen.findByRole('button', { name: 'Add it to my progress' }));
    await screen.findByText('Progress from progress.json has been added.');
    expect(useSettingsStore.getState()).toMatchObject({ name: 'Dana', role: 'police' });
    expect(useProgressStore.getState().lessons[lesson]).toEqual({ reached: 3 });
  });

  it('refuses a profile file changed after it was saved, and one cut short, saying why', async () => {
    const sealed = JSON.parse(await profileFile(withLesson(1), { name: 'A' }));
    sealed.state.lessons[lesson].reached = 2;
    const view = await load(JSON.stringify(sealed), 'edited.json');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'edited.json was not loaded: it was changed after it was saved',
    );
    const whole = await profileFile(withLesson(1), {});
    await view.user.upload(
      screen.getByLabelText('Load a progress file'),
      file(whole.slice(0, whole.length / 2), 'cut.json'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'cut.json was not loaded: it is incomplete',
    );
    expect(useProgressStore.getState().lessons).toEqual({});
  });
});
