import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

import { ScreenHeading } from '@/ui/screen-heading';

/** A screen that does not exist, or a part of the course that failed to load. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const title = notFound ? t('notFound.title') : t('error.title');
  return (
    <div className="error-screen">
      <ScreenHeading title={title} site={t('appName')}>
        {title}
      </ScreenHeading>
      <p>{notFound ? t('notFound.body') : t('error.body')}</p>
      <div className="actions">
        {notFound ? null : (
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            {t('error.retry')}
          </button>
        )}
        <Link className="button" to="/">
          {t('backToCourse')}
        </Link>
      </div>
    </div>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  const title = t('notFound.title');
  return (
    <div className="error-screen">
      <ScreenHeading title={title} site={t('appName')}>
        {title}
      </ScreenHeading>
      <p>{t('notFound.body')}</p>
      <Link className="button" to="/">
        {t('backToCourse')}
      </Link>
    </div>
  );
}
