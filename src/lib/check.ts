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

export function array<T>(item: Check<T>): Check<T[]> {
  return (v): v is T[] => Array.isArray(v) && v.every(item);
}

export function record<T>(value: Check<T>): Check<Record<string, T>> {
  return (v): v is Record<string, T> => isObject(v) && Object.values(v).every(value);
}

/** An object with exactly these keys (unknown keys are rejected: saved data is never guessed at). */
export function object<S extends Shape>(shape: S): Check<ShapeType<S>> {
  return (v): v is ShapeType<S> =>
    isObject(v) &&
    // `hasOwn`, not `in`: a saved key such as "constructor" is unknown, not inherited.
    Object.keys(v).every((k) => Object.hasOwn(shape, k)) &&
    Object.entries(shape).every(([k, check]) => check(v[k]));
}
