import { useTranslation } from 'react-i18next';

import { ItemMark } from './item-mark';

/** The verdict on one item after checking (in words and an icon), the learner's answer, then why. */
export function ItemFeedback({
  right,
  text,
  detail,
  given,
}: {
  right: boolean;
  text: string;
  detail?: string;
  /** The learner's own answer for this item, named as theirs. */
  given?: string;
}) {
  const { t } = useTranslation('quiz');
  return (
    <p className="item-feedback">
      <ItemMark mark={right ? 'right' : 'wrong'} label={right ? t('itemRight') : t('itemWrong')} />{' '}
      {given ? <span className="item-given">{t('yourAnswer', { answer: given })} </span> : null}
      {detail ? <span>{detail} </span> : null}
      {text}
    </p>
  );
}
