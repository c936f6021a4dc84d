/**
 * The `qr` namespace (the learner's result code), loaded by the dialog itself rather than by the
 * app's string loader, so the first screen does not carry its loaders (src/i18n/i18n.ts).
 */
import type { Locale } from '@/content/locales';
import { i18n } from '@/i18n/i18n';

const bundles = import.meta.glob<{ default: Record<string, unknown> }>(
  '../../i18n/locales/*/qr.json',
);
const loading = new Map<Locale, Promise<void>>();

/** Resolves once the strings in `locale` are in i18next. */
export function loadQrStrings(locale: Locale): Promise<void> {
  let p = loading.get(locale);
  if (!p) {
    const load = bundles[`../../i18n/locales/${locale}/qr.json`];
    p = load
      ? load().then((m) => void i18n.addResourceBundle(locale, 'qr', m.default, true, true))
      : Promise.reject(new Error(`No result-code strings for ${locale}`));
    loading.set(locale, p);
  }
  return p;
}
