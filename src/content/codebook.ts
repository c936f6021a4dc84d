/**
 * The course's code book for result QR codes (ids by index, and the course version), loaded only
 * by the screens that make or read a code, so no other screen carries it.
 */
import type { Codebook } from './types';

let loading: Promise<Codebook> | undefined;

export const loadCodebook = (): Promise<Codebook> =>
  (loading ??= import('virtual:qorgau/codebook').then((m) => m.default));
