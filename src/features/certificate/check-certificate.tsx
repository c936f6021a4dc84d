import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { manifest } from '@/content/loader';
import { useLocale } from '@/i18n/use-locale';
import { normaliseCode } from '@/lib/digest';
import { formatDate } from '@/lib/format';
import { MAX_FILE_BYTES, readEnvelope } from '@/stores/profile-file';
import { sealIntact } from '@/stores/profile-seal';
import { FileButton } from '@/ui/file-button';
import { FormMessage } from '@/ui/form-message';

import { certificateCode, possibleCertificates, rolePath } from './certificate-record';
import { COURSE_VERSION } from './course-version';
import '@/ui/field.css';

type Outcome =
  { kind: 'match'; name: string; at: string } | { kind: 'no-match' | 'unreadable' | 'no-code' };

/** Reads a profile file and says whether a code is one of the certificates its record gives. */
async function check(code: string, file: File): Promise<Outcome> {
  const wanted = normaliseCode(code);
  if (!wanted) return { kind: 'no-code' };
  if (file.size > MAX_FILE_BYTES) return { kind: 'unreadable' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    return { kind: 'unreadable' };
  }
  const envelope = readEnvelope(parsed);
  if (!envelope.ok || !(await sealIntact(parsed as Record<string, unknown>)))
    return { kind: 'unreadable' };
  for (const { record, at } of possibleCertificates(
    envelope.state,
    envelope.profile ?? {},
    manifest.modules,
    COURSE_VERSION,
    rolePath(manifest, envelope.profile?.role),
  ))
    if (normaliseCode(await certificateCode(record)) === wanted)
      return { kind: 'match', name: record.name, at };
  return { kind: 'no-match' };
}

/** Checking a certificate's code against the learner's profile file, on this device. */
export function CheckCertificate() {
  const { t } = useTranslation('certificate');
  const locale = useLocale();
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const id = useId();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const outcome = await check(code, file);
    const shown = code.trim().toUpperCase();
    const values = { code: shown, file: file.name, version: COURSE_VERSION };
    if (outcome.kind === 'match')
      setMessage({
        ok: true,
        text: t('check.match', {
          ...values,
          name: outcome.name,
          date: formatDate(outcome.at, locale),
        }),
      });
    else if (outcome.kind === 'no-code') setMessage({ ok: false, text: t('check.noCode') });
    else if (outcome.kind === 'no-match')
      setMessage({ ok: false, text: t('check.noMatch', values) });
    else setMessage({ ok: false, text: t('check.unreadable', values) });
  };

  return (
    <section className="certificate-check no-print" aria-labelledby="certificate-check">
      <h2 id="certificate-check">{t('check.heading')}</h2>
      <p>{t('check.explain')}</p>
      <div className="field">
        <label htmlFor={id}>{t('check.codeLabel')}</label>
        <input
          className="field-input"
          id={id}
          value={code}
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
          onChange={(e) => setCode(e.target.value)}
        />
      </div>
      <div className="actions">
        <FileButton label={t('check.open')} onFiles={(files) => void onFile(files[0])} />
      </div>
      <FormMessage message={message} />
    </section>
  );
}
