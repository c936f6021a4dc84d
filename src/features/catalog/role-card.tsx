import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { itemPath } from '@/content/course-path';
import { manifest } from '@/content/loader';
import { useCourseOutline } from '@/i18n/use-course-text';
import { paths } from '@/lib/paths';
import { useSettingsStore } from '@/stores/settings-store';

/** The learner's role on the home screen (loaded after the first screen, with its strings): the cases written for it, or an invitation to choose. */
export function RoleCard() {
  const { t } = useTranslation('module');
  const text = useCourseOutline();
  const role = useSettingsStore((s) => s.role);
  if (!role || !manifest.roles.includes(role))
    return (
      <section className="card role-card" aria-labelledby="role-heading">
        <h2 id="role-heading">{t('roleCard.chooseRoleHeading')}</h2>
        <p>{t('roleCard.chooseRoleLead')}</p>
        <Link className="button" to={paths.role.href()}>
          {t('roleCard.chooseRole')}
        </Link>
      </section>
    );
  const cases = manifest.modules
    .filter((m) => m.status === 'ready')
    .flatMap((m) =>
      m.scenarios
        .filter((s) => s.roles.includes(role))
        .map((s) => ({ item: { kind: 'scenario' as const, moduleId: m.id, id: s.id } })),
    );
  return (
    <section className="card role-card" aria-labelledby="role-heading">
      <h2 id="role-heading">{t('roleCard.roleHeading', { role: text.roles[role] ?? role })}</h2>
      {cases.length > 0 ? (
        <>
          <h3>{t('roleCard.roleCases')}</h3>
          <ul>
            {cases.map(({ item }) => (
              <li key={`${item.moduleId}/${item.id}`}>
                <Link to={itemPath(item)}>{text.modules[item.moduleId]?.scenarios[item.id]}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link to={paths.role.href()}>{t('roleCard.changeRole')}</Link>
      </p>
    </section>
  );
}
