import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { manifest } from '@/content/loader';
import { useProgressData } from '@/stores/progress-store';
import { useSettingsStore } from '@/stores/settings-store';
import { ScreenHeading } from '@/ui/screen-heading';

import { CertificateSheet } from './certificate-sheet';
import { certificateState, rolePath } from './certificate-record';
import { CheckCertificate } from './check-certificate';
import { COURSE_VERSION } from './course-version';
import { MissingSteps } from './missing-steps';
import { NameForm } from './name-form';

import './certificate.css';

/**
 * `#/certificate`: the printable certificate once the path is done and the final assessment
 * passed; before that, what is still missing, with links. Below, checking a certificate's code.
 */
export function CertificatePage() {
  const { t } = useTranslation(['certificate', 'common']);
  const progress = useProgressData();
  const locale = useSettingsStore((s) => s.locale);
  const role = useSettingsStore((s) => s.role);
  const name = useSettingsStore((s) => s.name);
  // The form the learner just used gives way to the certificate, which then takes the focus.
  const [named, setNamed] = useState(false);
  const state = certificateState(
    progress,
    { ...(locale ? { locale } : {}), ...(role ? { role } : {}), ...(name ? { name } : {}) },
    manifest.modules,
    COURSE_VERSION,
    rolePath(manifest, role),
  );
  const title = t('title');
  return (
    <div className="certificate-page">
      <div className="no-print">
        <ScreenHeading title={title} site={t('common:appName')}>
          {title}
        </ScreenHeading>
      </div>
      {!state.ready ? (
        <MissingSteps missing={state.missing} assessmentPassed={state.assessmentPassed} />
      ) : !name ? (
        <NameForm onSaved={() => setNamed(true)} />
      ) : (
        <CertificateSheet record={state.record} at={state.at} takeFocus={named} />
      )}
      <CheckCertificate />
    </div>
  );
}
