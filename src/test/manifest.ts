/** A small course manifest for unit tests: one written module, with anything overridden. */
import type { Manifest, ManifestModule } from '@/content/types';

export function testModule(overrides: Partial<ManifestModule> = {}): ManifestModule {
  return {
    id: 'what-is-trafficking',
    number: 1,
    status: 'ready',
    core: true,
    minutes: 50,
    roles: ['police'],
    lessons: [{ id: 'a', minutes: 8, sections: 3 }],
    scenarios: [{ id: 's', roles: ['police'] }],
    quiz: { questions: 10, draw: 10, passMark: 0.8 },
    ...overrides,
  };
}

export function testManifest(modules: ManifestModule[] = [testModule()]): Manifest {
  return { roles: ['police'], assessment: { draw: 10, passMark: 0.8, roleWeight: 3 }, modules };
}
