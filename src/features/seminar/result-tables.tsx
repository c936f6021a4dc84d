import { useTranslation } from 'react-i18next';

import type { Gain, Share } from './group-results';

const percent = (share: number) => Math.round(share * 100);
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** Shares, hardest first, as a table with the numbers in words a screen reader reads in order. */
export function ShareTable({
  heading,
  rows,
  name,
}: {
  heading: string;
  rows: Share[];
  name: (id: string) => string;
}) {
  const { t } = useTranslation('seminar');
  if (rows.length === 0) return null;
  return (
    <section className="result-table">
      <h2>{heading}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('table.right')}</th>
            <th scope="col">{t('table.share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{name(r.id)}</th>
              <td>{t('table.ofCount', { right: r.right, count: r.count })}</td>
              <td>{t('table.percent', { percent: percent(r.share) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Before, after and the gain in percentage points, smallest gain first. */
export function GainTable({
  heading,
  rows,
  name,
}: {
  heading: string;
  rows: Gain[];
  name: (id: string) => string;
}) {
  const { t } = useTranslation('seminar');
  if (rows.length === 0) return null;
  return (
    <section className="result-table">
      <h2>{heading}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('before')}</th>
            <th scope="col">{t('after')}</th>
            <th scope="col">{t('table.gain')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{name(r.id)}</th>
              <td>{t('table.percent', { percent: percent(r.before) })}</td>
              <td>{t('table.percent', { percent: percent(r.after) })}</td>
              <td>
                {t('table.points', {
                  count: Math.round(r.gain * 100),
                  value: signed(Math.round(r.gain * 100)),
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
