/**
 * A compact text encoding for structured data whose shape both sides know (used for the SCORM
 * `cmi.suspend_data`, which an LMS caps at 4,096 characters). Pure.
 *
 * - Numbers are variable-length base-64 digits, 5 bits each, least significant first: the digit
 *   alphabet's first half ends a number, its second half says "more follows". Lengths, scores and
 *   section indexes take one character; no separators are needed.
 * - A content id is 3 characters: an 18-bit hash of the id, looked up in the course's id list on
 *   the way back. Hashes, not positions in the list, so a new package version that adds modules
 *   or questions still reads what learners saved with the old one. Ids whose hash collides with
 *   another's, and any other string, are written out after their length.
 * - The reader refuses anything malformed (short, unknown id, stray characters): the caller then
 *   treats the saved value as unreadable and keeps it aside.
 */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ID_BITS = 18;
const ID_SPACE = 2 ** ID_BITS;
/** The top three codes of the id space say "not an id": literal text, `a=b`, `a/b`. */
const LITERAL = ID_SPACE - 1;
const EQUALS = ID_SPACE - 2;
const SLASH = ID_SPACE - 3;
const LAST_ID_CODE = ID_SPACE - 4;

export class Writer {
  private out: string[] = [];
  uint(n: number) {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a count: ${n}`);
    let rest = n;
    while (rest >= 32) {
      this.out.push(DIGITS[32 + (rest % 32)]!);
      rest = Math.floor(rest / 32);
    }
    this.out.push(DIGITS[rest]!);
  }
  raw(text: string) {
    this.out.push(text);
  }
  toString() {
    return this.out.join('');
  }
}

export class Reader {
  private at = 0;
  constructor(private readonly text: string) {}
  uint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const d = DIGITS.indexOf(this.text.charAt(this.at++));
      if (d < 0 || scale > 2 ** 48) throw new SyntaxError('bad number');
      n += (d % 32) * scale;
      if (d < 32) return n;
      scale *= 32;
    }
  }
  raw(length: number): string {
    if (this.at + length > this.text.length) throw new SyntaxError('text cut short');
    const s = this.text.slice(this.at, this.at + length);
    this.at += length;
    return s;
  }
  get done() {
    return this.at === this.text.length;
  }
}

export interface Codec<T> {
  write: (w: Writer, value: T) => void;
  read: (r: Reader) => T;
}

export const uint: Codec<number> = { write: (w, n) => w.uint(n), read: (r) => r.uint() };

/** Any safe integer (a quiz's random seed): zigzag, so small negatives stay short. */
export const int: Codec<number> = {
  write: (w, n) => w.uint(n < 0 ? -2 * n - 1 : 2 * n),
  read: (r) => {
    const z = r.uint();
    return z % 2 ? -(z + 1) / 2 : z / 2;
  },
};

export const bool: Codec<boolean> = {
  write: (w, b) => w.uint(b ? 1 : 0),
  read: (r) => {
    const n = r.uint();
    if (n > 1) throw new SyntaxError('bad flag');
    return n === 1;
  },
};

export function oneOf<const T extends readonly string[]>(values: T): Codec<T[number]> {
  return {
    write: (w, v) => w.uint(values.indexOf(v)),
    read: (r) => {
      const v = values[r.uint()];
      if (v === undefined) throw new SyntaxError('bad choice');
      return v;
    },
  };
}

export function list<T>(item: Codec<T>): Codec<T[]> {
  return {
    write: (w, xs) => {
      w.uint(xs.length);
      for (const x of xs) item.write(w, x);
    },
    read: (r) => Array.from({ length: r.uint() }, () => item.read(r)),
  };
}

export function optional<T>(item: Codec<T>): Codec<T | undefined> {
  return {
    write: (w, v) => {
      w.uint(v === undefined ? 0 : 1);
      if (v !== undefined) item.write(w, v);
    },
    read: (r) => (bool.read(r) ? item.read(r) : undefined),
  };
}

type Fields<T> = { [K in keyof T]-?: Codec<T[K]> };

/**
 * An object with its fields in a fixed order. Optional fields that are absent stay absent (not
 * `undefined`), so what is read back compares equal to what was written.
 */
export function object<T extends object>(fields: Fields<T>): Codec<T> {
  const entries = Object.entries(fields) as [keyof T & string, Codec<unknown>][];
  return {
    write: (w, v) => {
      for (const [k, c] of entries) c.write(w, v[k]);
    },
    read: (r) =>
      Object.fromEntries(
        entries.flatMap(([k, c]) => {
          const v = c.read(r);
          return v === undefined ? [] : [[k, v]];
        }),
      ) as T,
  };
}

/** An object used as a map; built with Object.fromEntries, so no key reaches Object.prototype. */
export function map<T>(key: Codec<string>, value: Codec<T>): Codec<Record<string, T>> {
  const pairs = list<[string, T]>({
    write: (w, [k, v]) => {
      key.write(w, k);
      value.write(w, v);
    },
    read: (r) => [key.read(r), value.read(r)],
  });
  return {
    write: (w, m) => pairs.write(w, Object.entries(m)),
    read: (r) => Object.fromEntries(pairs.read(r)),
  };
}

/** FNV-1a, folded to the id space below the three reserved codes. */
export function idCode(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % (LAST_ID_CODE + 1);
}

/** Strings, most of them content ids (see the file comment). */
export function ids(known: readonly string[]): Codec<string> {
  const byCode = new Map<number, string | null>();
  for (const id of new Set(known)) {
    const code = idCode(id);
    // A collision: neither id may use the code (each is written out instead).
    byCode.set(code, byCode.has(code) ? null : id);
  }
  const code3 = (w: Writer, n: number) =>
    w.raw(DIGITS[n >> 12]! + DIGITS[(n >> 6) & 63]! + DIGITS[n & 63]!);
  const codec: Codec<string> = {
    write: (w, s) => {
      const code = idCode(s);
      if (byCode.get(code) === s) return code3(w, code);
      for (const [sep, mark] of [
        ['=', EQUALS],
        ['/', SLASH],
      ] as const) {
        const at = s.indexOf(sep);
        if (at > 0 && at < s.length - 1 && !s.slice(at + 1).includes(sep)) {
          code3(w, mark);
          codec.write(w, s.slice(0, at));
          codec.write(w, s.slice(at + 1));
          return;
        }
      }
      code3(w, LITERAL);
      w.uint(s.length);
      w.raw(s);
    },
    read: (r) => {
      const [a, b, c] = [...r.raw(3)].map((ch) => DIGITS.indexOf(ch));
      if (a === undefined || b === undefined || c === undefined || a < 0 || b < 0 || c < 0)
        throw new SyntaxError('bad id');
      const n = (a << 12) | (b << 6) | c;
      if (n === LITERAL) return r.raw(r.uint());
      if (n === EQUALS || n === SLASH)
        return `${codec.read(r)}${n === EQUALS ? '=' : '/'}${codec.read(r)}`;
      const id = byCode.get(n);
      if (typeof id !== 'string') throw new SyntaxError('unknown id');
      return id;
    },
  };
  return codec;
}

/** Times to the second, as seconds after a base time the caller writes once. */
export function time(base: () => number): Codec<string> {
  return {
    write: (w, iso) => w.uint(Math.max(0, Math.round(Date.parse(iso) / 1000) - base())),
    read: (r) => new Date((base() + r.uint()) * 1000).toISOString(),
  };
}
