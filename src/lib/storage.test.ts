import { openStore } from './storage';

describe('storage', () => {
  it('falls back to memory, and says so, when the browser refuses storage', () => {
    const store = openStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.persistent).toBe(false);
    expect(store.write('k', 'v')).toEqual({ ok: true });
    expect(store.read('k')).toEqual({ ok: true, value: 'v' });
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

  it('keeps showing what is saved when the storage is full from the start', () => {
    const full = {
      getItem: (key: string) => (key === 'qorgau.progress' ? '{"saved":1}' : null),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const store = openStore(() => full);
    expect(store.persistent).toBe(true);
    expect(store.writeProblemAtStart).toBe('quota');
    expect(store.read('qorgau.progress')).toEqual({ ok: true, value: '{"saved":1}' });
  });

  it('says a read failed instead of answering "nothing saved"', () => {
    const failing = {
      getItem: (key: string) => {
        if (key === 'qorgau.progress') throw new DOMException('io', 'UnknownError');
        return null;
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    } as unknown as Storage;
    expect(openStore(() => failing).read('qorgau.progress')).toEqual({ ok: false });
  });
});
