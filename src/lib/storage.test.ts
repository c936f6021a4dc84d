import { openStore } from './storage';

describe('storage', () => {
  it('falls back to memory, and says so, when the browser refuses storage', () => {
    const store = openStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.persistent).toBe(false);
    expect(store.write('k', 'v')).toEqual({ ok: true });
    expect(store.read('k')).toBe('v');
  });

  it('reports a full storage instead of throwing', () => {
    const full = {
      getItem: () => null,
      setItem: (key: string) => {
        if (key !== 'qorgau.probe') throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const store = openStore(() => full);
    expect(store.persistent).toBe(true);
    expect(store.write('qorgau.progress', '{}')).toEqual({ ok: false, reason: 'quota' });
  });
});
