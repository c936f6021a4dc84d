import { useTranslation } from 'react-i18next';

/** How many of the room chose an option: a meter and the same in words (never the bar alone). */
export function VoteMeter({ votes, total }: { votes: number; total: number }) {
  const { t } = useTranslation('seminar');
  const label = t('votes', {
    count: votes,
    percent: total > 0 ? Math.round((votes / total) * 100) : 0,
  });
  return (
    <span className="vote-meter">
      <meter min={0} max={Math.max(total, 1)} value={votes} aria-hidden="true" />
      <span>{label}</span>
    </span>
  );
}
