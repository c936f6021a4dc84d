/**
 * Every screen has an address (hash routing, so one build works on any host, in a sub-folder,
 * inside an LMS frame and from file://). Screens other than the course home load with their route.
 */
import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';

import { HomePage } from '@/features/catalog/home-page';
import { paths, type RouteName } from '@/lib/paths';

import { NotFound } from './error-screen';
import { Shell } from './shell';

/** A screen loaded with its route; screens are named exports of their feature. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

const ModulePage = page(() => import('@/features/catalog/module-page'), 'ModulePage');
const LessonPage = page(() => import('@/features/lesson/lesson-page'), 'LessonPage');
const ScenarioPage = page(() => import('@/features/scenario/scenario-page'), 'ScenarioPage');
const AssessmentPage = page(() => import('@/features/quiz/assessment-page'), 'AssessmentPage');
const ProgressPage = page(() => import('@/features/progress/progress-page'), 'ProgressPage');
const ProfilesPage = page(() => import('@/features/profiles/profiles-page'), 'ProfilesPage');
const CertificatePage = page(
  () => import('@/features/certificate/certificate-page'),
  'CertificatePage',
);
const OfflinePage = page(() => import('@/features/offline/offline-page'), 'OfflinePage');
const HelpPage = page(() => import('@/features/help/help-page'), 'HelpPage');
const PocketCard = page(() => import('@/features/help/pocket-card'), 'PocketCard');
const ModuleHandout = page(() => import('@/features/help/module-handout'), 'ModuleHandout');
const CaseCards = page(() => import('@/features/help/case-cards'), 'CaseCards');
const GlossaryPage = page(() => import('@/features/glossary/glossary-page'), 'GlossaryPage');
const RolePage = page(() => import('@/features/settings/role-page'), 'RolePage');
const QuizPage = page(() => import('@/features/quiz/quiz-page'), 'QuizPage');
const SeminarPlan = page(() => import('@/features/seminar/plan-page'), 'PlanPage');
const SeminarProjector = page(() => import('@/features/seminar/projector-page'), 'ProjectorPage');
const SeminarPresenter = page(() => import('@/features/seminar/presenter-page'), 'PresenterPage');
const SeminarResults = page(() => import('@/features/seminar/results-page'), 'ResultsPage');

/**
 * The screen for every address in the paths module inside the shell (the projector has none): a
 * route without a screen does not compile.
 */
const SCREENS: Record<Exclude<RouteName, 'home' | 'seminarRun'>, ComponentType> = {
  module: ModulePage,
  lesson: LessonPage,
  scenario: ScenarioPage,
  quiz: QuizPage,
  handout: ModuleHandout,
  caseCards: CaseCards,
  assessment: AssessmentPage,
  progress: ProgressPage,
  profiles: ProfilesPage,
  certificate: CertificatePage,
  offline: OfflinePage,
  help: HelpPage,
  pocketCard: PocketCard,
  glossary: GlossaryPage,
  role: RolePage,
  seminar: SeminarPlan,
  seminarPresenter: SeminarPresenter,
  seminarResults: SeminarResults,
};

export function AppRoutes() {
  return (
    <Routes>
      {/* The projector shows the case alone: no header, no navigation. */}
      <Route path={paths.seminarRun.pattern} element={<SeminarProjector />} />
      <Route element={<Shell />}>
        <Route index element={<HomePage />} />
        {Object.entries(SCREENS).map(([name, Screen]) => (
          <Route key={name} path={paths[name as RouteName].pattern} element={<Screen />} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
