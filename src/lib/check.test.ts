import { array, int, object, oneOf, optional, record, string } from './check';

describe('check', () => {
  const lesson = object({ reached: int, completedAt: optional(string) });
  const progress = object({ lessons: record(lesson), tags: array(oneOf(['a', 'b'] as const)) });

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

  it('rejects a key the shape does not name, even one every object inherits', () => {
    expect(lesson({ reached: 1, constructor: 'x' })).toBe(false);
    expect(lesson(JSON.parse('{"reached": 1, "__proto__": {}}'))).toBe(false);
  });

  it('narrows the value it accepts, so the caller reads it without a cast', () => {
    const saved: unknown = JSON.parse('{"reached": 3}');
    expect(lesson(saved) ? saved.reached + 1 : null).toBe(4);
  });
});
