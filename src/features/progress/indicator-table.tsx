import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { itemPath, itemTitle } from '@/content/course-path';
import type { CourseOutline, IndicatorTaxonomy } from '@/content/types';

import { isWeak, type IndicatorCount } from './indicator-profile';

interface IndicatorTableProps {
  taxonomy: IndicatorTaxonomy;
  profile: Record<string, IndicatorCount>;
  outline: CourseOutline;
}

/** For each indicator group, a table: met, recognised, missed, and where to practise weak ones. */
export function IndicatorTable({ taxonomy, profile, outline }: IndicatorTableProps) {
  const { t } = useTranslation(['progress', 'common']);
  // Groups whose indicators are not written yet are left out: the profile shows what exists.
  const groups = taxonomy.groups.filter((group) => group.indicators.length > 0);
  return (
    <>
      {groups.map((group) => (
        <div key={group.id} className="indicator-group">
          <h3>{group.name}</h3>
          {group.note ? <p className="meta">{group.note}</p> : null}
          {group.indicators.length > 0 ? (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('profile.indicator')}</th>
                    <th scope="col">{t('profile.met')}</th>
                    <th scope="col">{t('profile.recognised')}</th>
                    <th scope="col">{t('profile.missed')}</th>
                    <th scope="col">{t('profile.practise')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.indicators.map((indicator) => {
                    const count = profile[indicator.id];
                    const weak = isWeak(count);
                    const places = taxonomy.practice[indicator.id] ?? [];
                    return (
                      <tr key={indicator.id} className={weak ? 'weak' : undefined}>
                        <th scope="row">
                          {indicator.name}
                          {weak ? <span className="badge">{t('profile.weak')}</span> : null}
                        </th>
                        <td data-label={t('profile.met')}>{count?.met ?? 0}</td>
                        <td data-label={t('profile.recognised')}>{count?.recognised ?? 0}</td>
                        <td data-label={t('profile.missed')}>{count?.missed ?? 0}</td>
                        <td data-label={t('profile.practise')}>
                          {places.length === 0 ? (
                            <span className="meta">{t('profile.nowhereYet')}</span>
                          ) : (
                            <ul className="practice-list">
                              {places.map((p) => (
                                <li key={`${p.kind}-${p.moduleId}-${p.id}`}>
                                  <Link
                                    to={itemPath(
                                      p.kind === 'quiz'
                                        ? { kind: 'quiz', moduleId: p.moduleId, id: 'quiz' }
                                        : { kind: p.kind, moduleId: p.moduleId, id: p.id },
                                    )}
                                  >
                                    {itemTitle(
                                      outline,
                                      p.kind === 'quiz'
                                        ? { kind: 'quiz', moduleId: p.moduleId, id: 'quiz' }
                                        : { kind: p.kind, moduleId: p.moduleId, id: p.id },
                                    ) ?? t('common:quizTitle')}
                                  </Link>
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : null}
        </div>
      ))}
    </>
  );
}
