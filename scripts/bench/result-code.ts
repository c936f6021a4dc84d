/**
 * Result QR codes (src/lib/result-code.ts) measured: the largest result this course can produce,
 * the QR version and module size it needs at error correction M, and how long the reading library
 * takes on one 640 × 480 camera frame (median of several runs).
 */
import type { Codebook, Manifest } from '../../src/content/types.ts';
import { qrMatrix, qrVersion } from '../../src/lib/qr-draw.ts';
import { readQr } from '../../src/lib/qr-read.ts';
import { ASSESSMENT } from '../../src/lib/result-file.ts';
import { encodeResult, MAX_LABEL_BYTES, type CodedResult } from '../../src/lib/result-code.ts';
import { blur, frameWithCode, noise, toRgba } from './qr-frames.ts';

/** The version the issue asks for at most (57 modules across), at error correction M. */
export const MAX_QR_VERSION = 10;

const AT = '2026-12-01T10:00:00.000Z';
/** Initials as long as a code keeps: ten two-byte Kazakh letters. */
export const LONGEST_INITIALS = 'Әғқңөұүһіә'.slice(0, MAX_LABEL_BYTES / 2);
export const PARTICIPANT = Uint8Array.from([0xde, 0xad, 0xbe, 0xef]);

/** Every indicator met many times, half of them recognised: the most a result can say about them. */
const allIndicators = (book: Codebook) => ({
  met: book.indicators.flatMap((id) => new Array<string>(255).fill(id)),
  recognised: book.indicators.flatMap((id) => new Array<string>(200).fill(id)),
});

/**
 * The biggest result of each kind: the final assessment with its full draw, every module quiz
 * with its draw, every scenario with a choice at each of its situations (no path can be longer in
 * a graph without loops); every indicator met; the longest initials.
 */
export function largestResults(book: Codebook, manifest: Manifest): CodedResult[] {
  const bank = book.quizzes.flatMap((m) => m.questions.map((q) => `${m.id}/${q}`));
  const quiz = (key: string, questions: string[], draw: number): CodedResult => {
    const asked = questions.slice(0, draw);
    const missed = asked.filter((_, i) => i % 3 === 0);
    const score = asked.length - missed.length;
    return {
      kind: 'quiz',
      entry: {
        key,
        at: AT,
        score,
        max: asked.length,
        passed: score / asked.length >= 0.8,
        asked,
        missed,
        ...allIndicators(book),
      },
    };
  };
  return [
    quiz(ASSESSMENT, bank, manifest.assessment.draw),
    ...book.quizzes.map((q) =>
      quiz(q.id, q.questions, manifest.modules.find((m) => m.id === q.id)?.quiz?.draw ?? 0),
    ),
    ...book.scenarios.map((s): CodedResult => ({
      kind: 'scenario',
      entry: {
        key: s.key,
        at: AT,
        ending: s.endings[0] as string,
        rating: 'good',
        score: 12,
        choices: new Array<string>(s.situations).fill(s.choices[0] as string),
        ...allIndicators(book),
      },
    })),
  ];
}

/** The largest code's bytes, and what it was. */
export function largestCode(book: Codebook, manifest: Manifest) {
  return largestResults(book, manifest)
    .map((result) => ({
      result,
      bytes: encodeResult(result, { participant: PARTICIPANT, initials: LONGEST_INITIALS }, book),
    }))
    .reduce((a, b) => ((b.bytes?.length ?? 0) > (a.bytes?.length ?? 0) ? b : a));
}

export function benchResultCode(book: Codebook, manifest: Manifest, runs = 15) {
  const { result, bytes } = largestCode(book, manifest);
  if (!bytes) throw new Error('The largest result could not be encoded');
  const code = qrMatrix(bytes);
  // A phone held at arm's length: the code about half the frame's height, turned, soft, noisy.
  const frame = noise(blur(frameWithCode(code, { moduleSize: 4, angle: 15 }), 1), 0.015, 7);
  const rgba = toRgba(frame);
  const times: number[] = [];
  let read = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    if (readQr(rgba, frame.width, frame.height)) read++;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    what: result.entry.key,
    bytes: bytes.length,
    version: qrVersion(code),
    modules: code.size,
    decodeMs: times[Math.floor(times.length / 2)] as number,
    read,
    runs,
  };
}
