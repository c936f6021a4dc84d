import { screen } from '@testing-library/react';

import { setAppStore, type KeyValueStore } from '@/lib/storage';
import { emptyProgress, type ProgressData } from '@/stores/progress-record';
import { useProgressStore } from '@/stores/progress-store';
import { renderApp } from '@/test/render-app';

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

describe('loading a progress file', () => {
  it('says "added" when the progress was merged and saved', async () => {
    await load(progressFile(withLesson(2)), 'mine.json');
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
    expect(
      await screen.findByText(/has been added to this session, but it could not be saved/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Progress from mine.json has been added.')).toBeNull();
  });
});
