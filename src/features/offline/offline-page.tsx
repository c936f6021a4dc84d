import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useLocale } from '@/i18n/use-locale';
import { formatNumber } from '@/lib/format';
import { singleFileUrl } from '@/lib/single-file';
import {
  askToPersist,
  precachedFiles,
  serviceWorkerSupported,
  storageInfo,
  type StorageInfo,
} from '@/lib/offline-cache';
import { paths } from '@/lib/paths';
import { ScreenHeading } from '@/ui/screen-heading';

import { applyUpdate, checkForUpdate, useOfflineStore } from './offline-store';

import './offline.css';

/** The one-file course's name, as the build writes it (docs/deploy.md). */
const SINGLE_FILE = 'qorgau.html';

/** The number only: the unit is in the translation (ICU has no Kazakh name for megabytes). */
const megabytes = (bytes: number, locale: string) => formatNumber(bytes / 1e6, locale);

/** "Use offline": is the whole course on this device, how much space, and will the browser keep it. */
export function OfflinePage() {
  const { t } = useTranslation(['offline', 'common']);
  const locale = useLocale();
  const online = useOfflineStore((s) => s.online);
  const controlled = useOfflineStore((s) => s.controlled);
  const updateWaiting = useOfflineStore((s) => s.updateWaiting);
  const unavailable = useOfflineStore((s) => s.unavailable);
  const [files, setFiles] = useState<number | null>(null);
  const [info, setInfo] = useState<StorageInfo>({});
  const [asked, setAsked] = useState<boolean | null>(null);

  useEffect(() => {
    void precachedFiles().then(setFiles);
    void storageInfo().then(setInfo);
  }, [controlled, asked]);

  const supported = serviceWorkerSupported() && !unavailable;
  const stored = controlled && (files ?? 0) > 0;
  const title = t('title');
  const storedLine =
    import.meta.env.MODE === 'single'
      ? t('singleFileHere')
      : !supported
        ? t('notSupported')
        : stored
          ? t('stored', { count: files ?? 0 })
          : t(files === null ? 'checking' : 'notStoredYet');
  const download = singleFileUrl();

  return (
    <>
      <ScreenHeading title={title} site={t('common:appName')}>
        {title}
      </ScreenHeading>
      <ul className="status-list">
        <li>
          <strong>{online ? t('online') : t('offline')}</strong>
        </li>
        <li>{storedLine}</li>
        {info.usage !== undefined && info.quota !== undefined ? (
          <li>
            {t('space', {
              used: megabytes(info.usage, locale),
              free: megabytes(info.quota - info.usage, locale),
            })}
          </li>
        ) : null}
        <li>{info.persisted ? t('persisted') : t('notPersisted')}</li>
      </ul>
      <div className="actions">
        {info.persisted ? null : (
          <button
            type="button"
            className="button button-primary"
            onClick={() => void askToPersist().then(setAsked)}
          >
            {t('persistButton')}
          </button>
        )}
        {updateWaiting ? (
          <button type="button" className="button" onClick={applyUpdate}>
            {t('updateNow')}
          </button>
        ) : supported ? (
          <button type="button" className="button" onClick={() => void checkForUpdate()}>
            {t('checkUpdate')}
          </button>
        ) : null}
      </div>
      {asked === null ? null : (
        <p role="status">{asked ? t('persistGranted') : t('persistRefused')}</p>
      )}
      <h2>{t('otherWaysHeading')}</h2>
      <p>{t('install')}</p>
      <h3>{t('singleFileHeading')}</h3>
      <p>{t('singleFile')}</p>
      {download ? (
        <>
          <p>
            <a className="button" href={download} download={SINGLE_FILE}>
              {t('singleFileDownload', { file: SINGLE_FILE })}
            </a>
          </p>
          <ol>
            <li>{t('singleFileStep1')}</li>
            <li>{t('singleFileStep2', { file: SINGLE_FILE })}</li>
            <li>{t('singleFileStep3')}</li>
          </ol>
        </>
      ) : (
        <p>{t('singleFileAsk', { file: SINGLE_FILE })}</p>
      )}
      <p>
        <Link to={paths.help.href()}>{t('printLink')}</Link>
      </p>
    </>
  );
}
