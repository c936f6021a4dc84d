import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { NotFoundError } from '@/lib/not-found';
import { paths } from '@/lib/paths';
import { ScreenHeading } from '@/ui/screen-heading';

/** A screen that failed: "not found" for a wrong address, otherwise a retry. */
export function ErrorScreen({ error }: { error: unknown }) {
  if (error instanceof NotFoundError) return <NotFound />;
  return <LoadError />;
}

function LoadError() {
  const { t } = useTranslation();
  const title = t('error.title');
  return (
    <div className="error-screen">
      <ScreenHeading title={title} site={t('appName')}>
        {title}
      </ScreenHeading>
      <p>{t('error.body')}</p>
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => window.location.reload()}
        >
          {t('error.retry')}
        </button>
        <Link className="button" to={paths.home.href()}>
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
      <Link className="button" to={paths.home.href()}>
        {t('backToCourse')}
      </Link>
    </div>
  );
}
