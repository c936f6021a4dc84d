import { useTranslation } from 'react-i18next';

/** The verdict on one item after checking, then why. */
export function ItemFeedback({
  right,
  text,
  detail,
}: {
  right: boolean;
  text: string;
  detail?: string;
}) {
  const { t } = useTranslation('quiz');
  return (
    <p className={`item-feedback ${right ? 'item-right' : 'item-wrong'}`}>
      <strong>{right ? t('itemRight') : t('itemWrong')}</strong>{' '}
      {detail ? <span>{detail} </span> : null}
      {text}
    </p>
  );
}
