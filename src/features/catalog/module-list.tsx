import { isOnPath, pathItems } from '@/content/learning-path';
import type { ManifestModule } from '@/content/types';
import { moduleProgress } from '@/stores/module-progress';
import { useProgressData } from '@/stores/progress-store';

import { ModuleCard } from './module-card';

/** Module cards: counted along `role`'s path when given, or marked when on `forRole`'s path. */
export function ModuleList({
  modules,
  role,
  forRole,
}: {
  modules: ManifestModule[];
  role?: string;
  forRole?: string;
}) {
  const progress = useProgressData();
  return (
    <ol className="module-list">
      {modules.map((m) => (
        <ModuleCard
          key={m.id}
          module={m}
          progress={moduleProgress(progress, m, pathItems(m, role))}
          forRole={forRole !== undefined && m.status === 'ready' && isOnPath(m, forRole)}
        />
      ))}
    </ol>
  );
}
