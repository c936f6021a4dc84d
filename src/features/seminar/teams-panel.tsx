import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { MAX_TEAMS, type RunAction, type RunState } from './run-engine';

/** 2–8 named teams and their points; the scoreboard is the same list, largest first on screen. */
export function TeamsPanel({ run, dispatch }: { run: RunState; dispatch: (a: RunAction) => void }) {
  const { t } = useTranslation('seminar');
  const [names, setNames] = useState(() => run.teams.map((team) => team.name).join('\n'));
  const ranked = run.teams
    .map((team, index) => ({ ...team, index }))
    .sort((a, b) => b.points - a.points);
  return (
    <section className="teams" aria-labelledby="teams-heading">
      <h2 id="teams-heading">{t('teams.heading')}</h2>
      <details open={run.teams.length === 0 || undefined}>
        <summary>{t('teams.edit')}</summary>
        <label htmlFor="team-names">{t('teams.names', { max: MAX_TEAMS })}</label>
        <textarea
          id="team-names"
          rows={4}
          value={names}
          onChange={(e) => setNames(e.target.value)}
        />
        <button
          type="button"
          className="button"
          onClick={() => dispatch({ type: 'teams', names: names.split('\n') })}
        >
          {t('teams.save')}
        </button>
      </details>
      {ranked.length > 0 ? (
        <ol className="scoreboard">
          {ranked.map((team) => (
            <li key={team.index}>
              <span className="team-name">
                {t('teams.points', { name: team.name, count: team.points })}
              </span>
              <button
                type="button"
                className="button"
                aria-label={t('teams.add', { name: team.name })}
                onClick={() => dispatch({ type: 'award', team: team.index, points: 1 })}
              >
                {t('plus')}
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('teams.remove', { name: team.name })}
                onClick={() => dispatch({ type: 'award', team: team.index, points: -1 })}
              >
                {t('minus')}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
