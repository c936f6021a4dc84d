/**
 * A very small runtime validator for data read back from the device (saved progress, settings).
 * The first screen has a tight size budget (DESIGN.md), and zod — even zod/mini — would cost
 * more than all of this app's own first-screen code; the authored content is validated with zod
 * at build time instead. Each checker is a type guard: true when the value has the expected
 * shape, so callers need no cast.
 */
export type Check<T> = (value: unknown) => value is T;
export type Checked<C> = C extends Check<infer T> ? T : never;

type Shape = Record<string, Check<unknown>>;
type Optional<T> = Check<T | undefined> & { readonly optional: true };
type ShapeType<S extends Shape> = {
  [K in keyof S as S[K] extends Optional<unknown> ? never : K]: Checked<S[K]>;
} & {
  [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: Checked<S[K]>;
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const string: Check<string> = (v) => typeof v === 'string';
export const boolean: Check<boolean> = (v) => typeof v === 'boolean';
export const number: Check<number> = (v): v is number =>
  typeof v === 'number' && Number.isFinite(v);
// Number.isInteger is true only for numbers, so these guards need no typeof.
export const int: Check<number> = (v): v is number => Number.isInteger(v);
export const nonNegativeInt: Check<number> = (v): v is number => int(v) && v >= 0;

export function oneOf<const T extends readonly string[]>(values: T): Check<T[number]> {
  return (v): v is T[number] => typeof v === 'string' && values.includes(v);
}

export function optional<T>(check: Check<T>): Optional<T> {
  return Object.assign((v: unknown): v is T | undefined => v === undefined || check(v), {
    optional: true as const,
  });
}

/** A date and time as `Date.prototype.toISOString` writes it (or with a zone offset). */
export const isoDate: Check<string> = (v): v is string =>
  typeof v === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(v) &&
  Number.isFinite(Date.parse(v));

/** The same check, plus a condition on the checked value (e.g. "score ≤ max"). */
export function refine<T>(check: Check<T>, holds: (value: T) => boolean): Check<T> {
  return (v): v is T => check(v) && holds(v);
}

/** A list of items; `maxLength` caps it, since saved data that grows without bound ends in a crash. */
export function array<T>(item: Check<T>, maxLength = Infinity): Check<T[]> {
  return (v): v is T[] => Array.isArray(v) && v.length <= maxLength && v.every(item);
}

/**
 * An object used as a map. Its keys come from the data, so `key` must accept each of them: a key
 * such as `__proto__` or `constructor` would otherwise meet Object.prototype wherever it is used.
 */
export function record<T>(value: Check<T>, key: (k: string) => boolean): Check<Record<string, T>> {
  return (v): v is Record<string, T> =>
    isObject(v) && Object.keys(v).every(key) && Object.values(v).every(value);
}

/** An object with exactly these keys (unknown keys are rejected: saved data is never guessed at). */
export function object<S extends Shape>(shape: S): Check<ShapeType<S>> {
  return (v): v is ShapeType<S> =>
    isObject(v) &&
    // `hasOwn`, not `in`: a saved key such as "constructor" is unknown, not inherited.
    Object.keys(v).every((k) => Object.hasOwn(shape, k)) &&
    Object.entries(shape).every(([k, check]) => check(Object.hasOwn(v, k) ? v[k] : undefined));
}

/** `map[key]` only when `map` itself has it: never a value inherited from Object.prototype. */
export function own<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}
