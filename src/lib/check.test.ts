import { array, int, isoDate, object, oneOf, optional, record, string } from './check';

describe('check', () => {
  const lesson = object({ reached: int, completedAt: optional(string) });
  const progress = object({
    lessons: record(lesson, (k) => k.length > 0),
    tags: array(oneOf(['a', 'b'] as const)),
  });

  it('accepts data of the expected shape, optional fields absent or present', () => {
    expect(
      progress({
        lessons: { x: { reached: 1 }, y: { reached: 2, completedAt: 'now' } },
        tags: ['a'],
      }),
    ).toBe(true);
  });

  it('rejects wrong types, missing fields, unknown keys and values outside a set', () => {
    expect(progress({ lessons: { x: { reached: '1' } }, tags: [] })).toBe(false);
    expect(progress({ lessons: {} })).toBe(false);
    expect(progress({ lessons: {}, tags: [], extra: 1 })).toBe(false);
    expect(progress({ lessons: {}, tags: ['c'] })).toBe(false);
    expect(progress(null)).toBe(false);
  });

  it('takes no key from Object.prototype as a known field, and lets record keys be checked', () => {
    const shape = object({ a: optional(string) });
    expect(shape({ constructor: 'x' })).toBe(false);
    expect(shape(JSON.parse('{"__proto__": {"a": 1}}'))).toBe(false);
    const ids = record(int, (k) => /^[a-z]+$/.test(k));
    expect(ids({ abc: 1 })).toBe(true);
    expect(ids(JSON.parse('{"__proto__": 1}'))).toBe(false);
  });

  it('accepts only real ISO dates', () => {
    expect(isoDate('2026-11-20T10:00:00.000Z')).toBe(true);
    expect(isoDate('2026-11-20T10:00:00+05:00')).toBe(true);
    for (const bad of ['yesterday', '2026-13-45T99:00:00Z', '', 12, '2026-11-20'])
      expect(isoDate(bad)).toBe(false);
  });

  it('rejects a key the shape does not name, even one every object inherits', () => {
    expect(lesson({ reached: 1, constructor: 'x' })).toBe(false);
    expect(lesson(JSON.parse('{"reached": 1, "__proto__": {}}'))).toBe(false);
  });

  it('narrows the value it accepts, so the caller reads it without a cast', () => {
    const saved: unknown = JSON.parse('{"reached": 3}');
    expect(lesson(saved) ? saved.reached + 1 : null).toBe(4);
  });
});
