import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useCourseOutline, useCourseText } from '@/i18n/use-course-text';
import { useLocale } from '@/i18n/use-locale';
import { own } from '@/lib/check';
import { formatDate } from '@/lib/format';

import { certificateCode, type CertificateRecord } from './certificate-record';

/**
 * The certificate itself: what prints, on one A4 page (certificate.css). `takeFocus`: it replaced
 * the form that was focused (the learner just gave the name), so its heading takes the focus.
 */
export function CertificateSheet({
  record,
  at,
  takeFocus = false,
}: {
  record: CertificateRecord;
  at: string;
  takeFocus?: boolean;
}) {
  const { t } = useTranslation('certificate');
  const locale = useLocale();
  const text = useCourseText();
  const outline = useCourseOutline();
  const [code, setCode] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  // The record is rebuilt on every render; its text says when it really changed.
  const recordText = JSON.stringify(record);
  useEffect(() => {
    let live = true;
    void certificateCode(JSON.parse(recordText) as CertificateRecord).then(
      (c) => live && setCode(c),
    );
    return () => {
      live = false;
    };
  }, [recordText]);
  const role = record.role ? own(outline.roles, record.role) : undefined;
  return (
    <>
      <article className="certificate" aria-labelledby="certificate-heading">
        <p className="certificate-course">{text.title}</p>
        <h2 id="certificate-heading" ref={heading} tabIndex={-1}>
          {t('heading')}
        </h2>
        <p className="certificate-label">{t('awardedTo')}</p>
        {/* A person's name is not in the page's language (nor to be translated). */}
        <p className="certificate-name" translate="no">
          {record.name}
        </p>
        {role ? <p>{t('role', { role })}</p> : null}
        <p>{t('certifies', { course: text.title })}</p>
        <h3>{t('modulesHeading')}</h3>
        <ol className="certificate-modules">
          {record.modules.map((id) => (
            <li key={id}>{text.modules[id]?.title ?? id}</li>
          ))}
        </ol>
        <p>{t('passed', { date: formatDate(at, locale), count: record.score, max: record.max })}</p>
        <dl className="certificate-footer">
          <div>
            <dt>{t('versionTerm')}</dt>
            <dd translate="no">{record.version}</dd>
          </div>
          <div>
            <dt>{t('codeTerm')}</dt>
            <dd className="certificate-code" translate="no">
              {code ?? '…'}
            </dd>
          </div>
        </dl>
        <p className="certificate-help">{t('codeHelp')}</p>
      </article>
      <div className="actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('print')}
        </button>
        <p>{t('printHint')}</p>
      </div>
    </>
  );
}
