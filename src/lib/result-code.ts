/**
 * One result as a QR code's bytes, for a room without a network: the learner's phone shows it,
 * the trainer's webcam reads it. Binary, not JSON, so the largest result in the course (the final
 * assessment) fits a small code a laptop camera reads at arm's length (`npm run bench` prints its
 * version). Ids travel as one-byte indexes into the course's code book (src/content/types.ts,
 * `Codebook`), whose hash is the course version the code carries. A decoded code becomes the same
 * record as a result file (src/lib/result-file.ts), so the group report counts both alike.
 *
 * Layout, all integers big-endian:
 *   0  magic "Qg" · 2  format version · 3  course version (4 bytes) · 7  participant (4 bytes)
 *   11 when taken (uint32 seconds) · 15 what was taken (0 module quiz, 1 final assessment,
 *   2 scenario) · 16 its index (quiz or scenario in the code book; 0 for the assessment)
 *   17 initials: length, then that many bytes of UTF-8 (at most MAX_LABEL_BYTES)
 *   indicators: k, then k × (indicator index, times met, times recognised); missed = met − recognised
 *   quiz:     score, max, questions asked n (0 for results saved before they were recorded),
 *             n question indexes, then ⌈n/8⌉ bytes of outcomes (bit set = answered right)
 *   scenario: ending index, rating (0 good, 1 acceptable, 2 harmful), score, choices taken c,
 *             c choice indexes
 *   CRC-32 of everything before it (4 bytes), so a changed byte is refused.
 */
import type { Codebook, Manifest } from '@/content/types';

import { crc32 } from './crc32';
import {
  ASSESSMENT,
  checkResultFile,
  type QuizEntry,
  type ResultFile,
  type ScenarioEntry,
} from './result-file';

const MAGIC = [0x51, 0x67] as const;
export const RESULT_CODE_VERSION = 1;
/** Ten Cyrillic letters; a longer label is cut at a whole character. */
export const MAX_LABEL_BYTES = 20;
const HEADER = 17;
const CRC = 4;
const RATINGS = ['good', 'acceptable', 'harmful'] as const;
const KIND = { quiz: 0, assessment: 1, scenario: 2 } as const;

/** What one code carries: one result, who (a random id, and initials only if typed). */
export type CodedResult =
  { kind: 'quiz'; entry: QuizEntry } | { kind: 'scenario'; entry: ScenarioEntry };

export type CodeProblem = 'other-app' | 'tampered' | 'newer-app' | 'other-version' | 'damaged';

/** The initials as the code keeps them: trimmed, at most MAX_LABEL_BYTES of UTF-8. */
export function codeLabel(initials: string | undefined): string {
  let label = '';
  for (const ch of (initials ?? '').trim()) {
    if (new TextEncoder().encode(label + ch).length > MAX_LABEL_BYTES) break;
    label += ch;
  }
  return label;
}

/** Indicator index → [met, recognised] counts, in code-book order. */
function indicatorCounts(met: readonly string[], recognised: readonly string[], book: Codebook) {
  const counts = new Map<number, [number, number]>();
  const count = (ids: readonly string[], slot: 0 | 1) => {
    for (const id of ids) {
      const i = book.indicators.indexOf(id);
      if (i < 0) return false;
      const c = counts.get(i) ?? [0, 0];
      c[slot] = Math.min(255, c[slot] + 1);
      counts.set(i, c);
    }
    return true;
  };
  if (!count(met, 0) || !count(recognised, 1)) return undefined;
  return [...counts].sort((a, b) => a[0] - b[0]);
}

/**
 * The code's bytes for one result; undefined when the result names something this version of the
 * course no longer has (it was saved under an older one) or does not fit the format.
 */
export function encodeResult(
  result: CodedResult,
  who: { participant: Uint8Array; initials?: string },
  book: Codebook,
): Uint8Array | undefined {
  const out: number[] = [...MAGIC, RESULT_CODE_VERSION];
  for (let i = 0; i < 4; i++) out.push(parseInt(book.version.slice(i * 2, i * 2 + 2), 16));
  out.push(...who.participant.slice(0, 4));
  const seconds = Math.floor(Date.parse(result.entry.at) / 1000);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 0xffffffff) return undefined;
  out.push(seconds >>> 24, (seconds >>> 16) & 0xff, (seconds >>> 8) & 0xff, seconds & 0xff);
  const index = (list: readonly string[], id: string) => list.indexOf(id);
  const byte = (n: number) => Number.isInteger(n) && n >= 0 && n <= 255;

  let body: number[];
  if (result.kind === 'quiz') {
    const q = result.entry;
    const assessment = q.key === ASSESSMENT;
    const quiz = book.quizzes.findIndex((m) => m.id === q.key);
    if (!assessment && quiz < 0) return undefined;
    const bank = assessment
      ? book.quizzes.flatMap((m) => m.questions.map((id) => `${m.id}/${id}`))
      : (book.quizzes[quiz]?.questions ?? []);
    const asked = (q.asked ?? []).map((id) => index(bank, id));
    if (asked.some((i) => i < 0) || !byte(q.score) || !byte(q.max) || !byte(asked.length))
      return undefined;
    const missed = new Set(q.missed);
    const bits = new Array<number>(Math.ceil(asked.length / 8)).fill(0);
    (q.asked ?? []).forEach((id, i) => {
      if (!missed.has(id)) bits[i >> 3] = (bits[i >> 3] as number) | (0x80 >> (i & 7));
    });
    out.push(assessment ? KIND.assessment : KIND.quiz, assessment ? 0 : quiz);
    body = [q.score, q.max, asked.length, ...asked, ...bits];
  } else {
    const s = result.entry;
    const scenario = book.scenarios.findIndex((x) => x.key === s.key);
    const entry = book.scenarios[scenario];
    if (!entry) return undefined;
    const ending = index(entry.endings, s.ending);
    const choices = s.choices.map((id) => index(entry.choices, id));
    if (ending < 0 || choices.some((i) => i < 0) || !byte(s.score) || !byte(choices.length))
      return undefined;
    out.push(KIND.scenario, scenario);
    body = [ending, RATINGS.indexOf(s.rating), s.score, choices.length, ...choices];
  }
  const label = new TextEncoder().encode(codeLabel(who.initials));
  out.push(label.length, ...label);
  const counts = indicatorCounts(result.entry.met, result.entry.recognised, book);
  if (!counts) return undefined;
  out.push(counts.length);
  for (const [i, [met, recognised]] of counts) out.push(i, met, recognised);
  out.push(...body);
  const crc = crc32(Uint8Array.from(out));
  out.push(crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff);
  return Uint8Array.from(out);
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Reads bytes in order; reading past the end gives NaN, which no check lets through. */
function reader(bytes: Uint8Array, end: number) {
  let at = HEADER;
  return {
    byte: () => (at < end ? (bytes[at++] as number) : NaN),
    take: (n: number) => {
      const part = bytes.slice(at, at + n);
      at += n;
      return part.length === n && at <= end ? part : undefined;
    },
    done: () => at === end,
  };
}

const repeat = (id: string, n: number) => new Array<string>(n).fill(id);

/**
 * Reads a code's bytes into a result record, or names why not: not this app's code, changed
 * (the checksum does not match), made by a newer app, made by another version of the course, or
 * well-formed but not a result this course could have produced.
 */
export function decodeResult(
  bytes: Uint8Array,
  book: Codebook,
  manifest: Manifest,
): { ok: true; file: ResultFile } | { ok: false; problem: CodeProblem } {
  if (bytes.length < HEADER + CRC + 1 || bytes[0] !== MAGIC[0] || bytes[1] !== MAGIC[1])
    return { ok: false, problem: 'other-app' };
  const end = bytes.length - CRC;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(end) !== crc32(bytes.subarray(0, end)))
    return { ok: false, problem: 'tampered' };
  if ((bytes[2] as number) > RESULT_CODE_VERSION) return { ok: false, problem: 'newer-app' };
  if (hex(bytes.subarray(3, 7)) !== book.version) return { ok: false, problem: 'other-version' };
  const damaged = { ok: false, problem: 'damaged' } as const;
  if (bytes[2] !== RESULT_CODE_VERSION) return damaged;

  const at = new Date(view.getUint32(11) * 1000).toISOString();
  const kind = bytes[15] as number;
  const item = bytes[16] as number;
  const r = reader(bytes, end);
  const label = r.take(r.byte());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(label);
  } catch {
    return damaged;
  }
  if (!label || label.length > MAX_LABEL_BYTES) return damaged;

  let quizzes: QuizEntry[] = [];
  let scenarios: ScenarioEntry[] = [];
  const indicators: { met: string[]; recognised: string[] } = { met: [], recognised: [] };
  const k = r.byte();
  if (Number.isNaN(k)) return damaged;
  for (let i = 0; i < k; i++) {
    const [index, met, recognised] = [r.byte(), r.byte(), r.byte()];
    const id = book.indicators[index];
    if (!id || Number.isNaN(met) || Number.isNaN(recognised)) return damaged;
    indicators.met.push(...repeat(id, met));
    indicators.recognised.push(...repeat(id, recognised));
  }
  if (kind === KIND.quiz || kind === KIND.assessment) {
    const quiz = book.quizzes[item];
    if (kind === KIND.quiz ? !quiz : item !== 0) return damaged;
    const key = kind === KIND.assessment ? ASSESSMENT : (quiz as { id: string }).id;
    const bank =
      kind === KIND.assessment
        ? book.quizzes.flatMap((m) => m.questions.map((id) => `${m.id}/${id}`))
        : (quiz as { questions: string[] }).questions;
    const [score, max, n] = [r.byte(), r.byte(), r.byte()];
    const asked = [...(r.take(n) ?? [NaN])].map((i) => bank[i]);
    const bits = r.take(Math.ceil(n / 8));
    if (!bits || Number.isNaN(max) || asked.some((id) => id === undefined)) return damaged;
    const ids = asked as string[];
    const missed = ids.filter((_, i) => !((bits[i >> 3] as number) & (0x80 >> (i & 7))));
    // Outcomes and score must tell the same story; a result without its questions has neither.
    if (n > 0 && (n !== max || score !== n - missed.length)) return damaged;
    const passMark =
      kind === KIND.assessment
        ? manifest.assessment.passMark
        : (manifest.modules.find((m) => m.id === key)?.quiz?.passMark ?? 1);
    quizzes = [
      {
        key,
        at,
        score,
        max,
        passed: max > 0 && score / max >= passMark,
        ...(n > 0 ? { asked: ids } : {}),
        missed,
        ...indicators,
      },
    ];
  } else if (kind === KIND.scenario) {
    const scenario = book.scenarios[item];
    if (!scenario) return damaged;
    const [ending, rating, score, c] = [r.byte(), r.byte(), r.byte(), r.byte()];
    const choices = [...(r.take(c) ?? [NaN])].map((i) => scenario.choices[i]);
    const endingId = scenario.endings[ending];
    const ratingName = RATINGS[rating];
    if (!endingId || !ratingName || Number.isNaN(score) || choices.some((id) => id === undefined))
      return damaged;
    scenarios = [
      {
        key: scenario.key,
        at,
        ending: endingId,
        rating: ratingName,
        score,
        choices: choices as string[],
        ...indicators,
      },
    ];
  } else return damaged;

  if (!r.done()) return damaged;
  const file = {
    kind: 'qorgau-result',
    version: 1,
    id: hex(bytes.subarray(7, 11)),
    createdAt: at,
    ...(text ? { label: text } : {}),
    quizzes,
    scenarios,
  };
  const checked = checkResultFile(file, manifest);
  return checked.ok ? checked : damaged;
}
