import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const clock = (ms: number) => {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

/** Time on this step against the minutes the plan gives it; ticks once a second, silently. */
export function Timer({ since, minutes }: { since: number | undefined; minutes: number }) {
  const { t } = useTranslation('seminar');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const elapsed = since ? now - since : 0;
  const over = elapsed > minutes * 60_000;
  return (
    <p className={over ? 'timer timer-over' : 'timer'}>
      {t(over ? 'timerOver' : 'timer', {
        elapsed: clock(elapsed),
        planned: clock(minutes * 60_000),
      })}
    </p>
  );
}
