import { emptyProgress, MAX_HISTORY } from './progress-record';
import { importProgress } from './progress-io';
import { loadMerge, resetProgress, useProgressStore } from './progress-store';
import { loadWriter } from './versioned-storage';

const result = (i: number) => ({
  at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
  score: 9,
  max: 10,
  passed: true,
  missed: ['q'],
  met: [],
  recognised: [],
});
const results = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => result(from + i));

beforeEach(resetProgress);

describe('progress store', () => {
  it('refuses an import whose merge the saved-data check would refuse, changing nothing', async () => {
    useProgressStore.setState({ quizzes: { m: { history: results(0, 150) } } });
    const incoming = { ...emptyProgress(), quizzes: { m: { history: results(500, 100) } } };
    expect(await importProgress(incoming)).toBe('too-large');
    expect(useProgressStore.getState().quizzes.m?.history).toHaveLength(150);
  });

  it('says an import that adds nothing is unchanged, and one that adds is saved', async () => {
    const incoming = { ...emptyProgress(), lessons: { 'm/l': { reached: 1 } } };
    expect(await importProgress(incoming)).toBe('saved');
    expect(await importProgress(incoming)).toBe('unchanged');
  });

  it('keeps at most MAX_HISTORY results, dropping the oldest', () => {
    useProgressStore.setState({ quizzes: { m: { history: results(0, MAX_HISTORY) } } });
    useProgressStore.getState().finishQuiz('m', {
      score: 9,
      max: 10,
      passed: true,
      missed: ['q'],
      met: [],
      recognised: [],
    });
    const history = useProgressStore.getState().quizzes.m?.history ?? [];
    expect(history).toHaveLength(MAX_HISTORY);
    expect(history[0]?.at).toBe(result(1).at);
  });

  it('merges what another tab saved on the next write, within the history cap', async () => {
    await Promise.all([loadMerge(), loadWriter()]);
    useProgressStore.setState({ quizzes: { m: { history: results(0, 150) } } });
    const otherTab = { ...emptyProgress(), quizzes: { m: { history: results(1000, 100) } } };
    otherTab.lessons = { 'm/other-tab': { reached: 1 } };
    window.localStorage.setItem('qorgau.progress', JSON.stringify({ state: otherTab, version: 2 }));
    useProgressStore.getState().openSection('m', 'this-tab', 2);
    const saved = JSON.parse(window.localStorage.getItem('qorgau.progress') ?? '{}').state;
    expect(saved.lessons).toEqual({ 'm/other-tab': { reached: 1 }, 'm/this-tab': { reached: 2 } });
    expect(saved.quizzes.m.history).toHaveLength(MAX_HISTORY);
    expect(saved.quizzes.m.history.at(-1).at).toBe(result(1099).at);
    expect(useProgressStore.getState().lessons['m/other-tab']).toEqual({ reached: 1 });
  });
});
