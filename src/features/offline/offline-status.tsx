import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { paths } from '@/lib/paths';

import { applyUpdate, isBusyPath, startOffline, useOfflineStore } from './offline-store';

import './offline.css';

/**
 * Loaded after the first screen: registers the service worker, shows when the device is offline,
 * and offers a waiting update — but not on a quiz, scenario or seminar screen, where it waits.
 */
export function OfflineStatus() {
  const { t } = useTranslation('offline');
  const online = useOfflineStore((s) => s.online);
  const updateWaiting = useOfflineStore((s) => s.updateWaiting);
  const { pathname } = useLocation();

  useEffect(() => {
    // The dev server, the one-file build and the SCORM package (served by the LMS) have no
    // service worker.
    const mode = import.meta.env.MODE;
    if (import.meta.env.PROD && mode !== 'single' && mode !== 'scorm') void startOffline();
  }, []);

  return (
    <>
      {online ? null : (
        <p className="offline-badge" role="status">
          <Link to={paths.offline.href()}>{t('offlineBadge')}</Link>
        </p>
      )}
      {updateWaiting && !isBusyPath(pathname) ? (
        <div className="update-banner" role="status">
          <p>{t('updateReady')}</p>
          <button type="button" className="button button-small" onClick={applyUpdate}>
            {t('updateNow')}
          </button>
        </div>
      ) : null}
    </>
  );
}
