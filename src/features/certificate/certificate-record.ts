/**
 * What a certificate says, worked out from a profile's saved record — and its verification code,
 * a digest of exactly that, so anyone with the course can check a printed certificate against the
 * learner's profile file. Pure apart from the digest (crypto.subtle is asynchronous).
 *
 * The code covers the name, role, modules, date, score and course version in a canonical form
 * (ids, not titles, so the same certificate printed in Kazakh, Russian or English has one code).
 * Ten base32 characters are 50 bits: enough that a changed certificate does not match by chance;
 * it is a check against honest mistakes and casual edits, not a signature (the course has no
 * secret to sign with).
 */
import type { CourseItem } from '@/content/course-path';
import { pathItems, pathModules } from '@/content/learning-path';
import type { Manifest, ManifestModule } from '@/content/types';
import { canonical } from '@/lib/canonical';
import { own } from '@/lib/check';
import { shortDigest } from '@/lib/digest';
import { pathComplete, requiredItems } from '@/stores/module-progress';
import { ASSESSMENT_KEY, type ProgressData, type QuizResult } from '@/stores/progress-record';
import type { SettingsData } from '@/stores/settings-store';

export interface CertificateRecord {
  name: string;
  /** Role id; empty when none was chosen. */
  role: string;
  /** Ids of the modules the path covered, in course order. */
  modules: string[];
  /** The day the final assessment was passed (UTC), YYYY-MM-DD. */
  date: string;
  score: number;
  max: number;
  /** The course version that issued it. */
  version: string;
}

export type CertificateState =
  | { ready: true; record: CertificateRecord; at: string }
  | { ready: false; missing: CourseItem[]; assessmentPassed: boolean };

function recordOf(
  result: QuizResult,
  settings: SettingsData,
  required: readonly CourseItem[],
  version: string,
): CertificateRecord {
  return {
    name: (settings.name ?? '').normalize('NFC').trim(),
    role: settings.role ?? '',
    modules: [...new Set(required.map((i) => i.moduleId))],
    date: result.at.slice(0, 10),
    score: result.score,
    max: result.max,
    version,
  };
}

const passes = (progress: ProgressData) =>
  (own(progress.quizzes, ASSESSMENT_KEY)?.history ?? []).filter((r) => r.passed && r.max > 0);

/**
 * The certificate when the path is complete and the final assessment passed (its best passing
 * attempt; of equal shares, the first), else what is missing. `required` is the learner's path
 * (`rolePath`); without it, every item of every written module.
 */
export function certificateState(
  progress: ProgressData,
  settings: SettingsData,
  modules: readonly ManifestModule[],
  version: string,
  required: readonly CourseItem[] = requiredItems(modules),
): CertificateState {
  const path = pathComplete(progress, required);
  let best: QuizResult | undefined;
  for (const r of passes(progress)) if (!best || r.score * best.max > best.score * r.max) best = r;
  if (!path.complete || !best)
    return { ready: false, missing: path.missing, assessmentPassed: best !== undefined };
  return { ready: true, record: recordOf(best, settings, required, version), at: best.at };
}

/** Every certificate the record could have printed (one per passing attempt), for checking a code. */
export function possibleCertificates(
  progress: ProgressData,
  settings: SettingsData,
  modules: readonly ManifestModule[],
  version: string,
  required: readonly CourseItem[] = requiredItems(modules),
): { record: CertificateRecord; at: string }[] {
  if (!pathComplete(progress, required).complete) return [];
  return passes(progress).map((r) => ({
    record: recordOf(r, settings, required, version),
    at: r.at,
  }));
}

/** The learner's path: the role's learning path, or the whole course without a role. */
export const rolePath = (manifest: Manifest, role: string | undefined): CourseItem[] =>
  pathModules(manifest, role).flatMap((m) => pathItems(m, role));

export const CODE_LENGTH = 10;

/** The verification code: base32 of SHA-256 over the canonical record, shown as XXXXX-XXXXX. */
export async function certificateCode(record: CertificateRecord): Promise<string> {
  const code = await shortDigest(canonical(record), CODE_LENGTH);
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
