import { useTranslation } from 'react-i18next';

/**
 * How an item is marked after checking: right, wrong, or neither (an option not chosen and not
 * correct). `data-mark` carries it to the stylesheet, and `ItemMark` says it in words with an icon,
 * so colour is never the only sign (forced colours, colour blindness, print).
 */
export type Mark = 'right' | 'wrong' | 'none';

/** Attributes for a marked item's container: the look comes from `.mark[data-mark]` in quiz.css. */
export const markProps = (mark: Mark | undefined, chosen = false) => ({
  'data-mark': mark,
  'data-chosen': chosen ? 'true' : undefined,
});

const ICON: Record<Mark, string> = { right: '✓', wrong: '✗', none: '–' };

/** The verdict on one item in words, with the learner's own answer named as such. */
export function ItemMark({ mark, label }: { mark: Mark; label: string }) {
  return (
    <strong className="item-mark">
      <span className="mark-icon" aria-hidden="true">
        {ICON[mark]}
      </span>{' '}
      {label}
    </strong>
  );
}

/** The words for an option of a choice question, from whether it is correct and was chosen. */
export function useChoiceMarkLabel() {
  const { t } = useTranslation('quiz');
  return (correct: boolean, chosen: boolean, multiple: boolean) =>
    correct
      ? chosen
        ? t('markRightChosen')
        : multiple
          ? t('markRightMissed')
          : t('markRight')
      : chosen
        ? t('markWrongChosen')
        : t('markWrong');
}
