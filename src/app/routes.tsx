/**
 * Every screen has an address (hash routing, so one build works on any host, in a sub-folder,
 * inside an LMS frame and from file://). Screens other than the course home load with their route.
 */
import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';

import { HomePage } from '@/features/catalog/home-page';

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
const OfflinePage = page(() => import('@/features/offline/offline-page'), 'OfflinePage');
const HelpPage = page(() => import('@/features/help/help-page'), 'HelpPage');
const PocketCard = page(() => import('@/features/help/pocket-card'), 'PocketCard');
const ModuleHandout = page(() => import('@/features/help/module-handout'), 'ModuleHandout');
const CaseCards = page(() => import('@/features/help/case-cards'), 'CaseCards');
const RolePage = page(() => import('@/features/settings/role-page'), 'RolePage');
const QuizPage = page(() => import('@/features/quiz/quiz-page'), 'QuizPage');

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<HomePage />} />
        <Route path="modules/:moduleId" element={<ModulePage />} />
        <Route path="modules/:moduleId/lessons/:lessonId" element={<LessonPage />} />
        <Route path="modules/:moduleId/scenarios/:scenarioId" element={<ScenarioPage />} />
        <Route path="modules/:moduleId/quiz" element={<QuizPage />} />
        <Route path="assessment" element={<AssessmentPage />} />
        <Route path="progress" element={<ProgressPage />} />
        <Route path="offline" element={<OfflinePage />} />
        <Route path="help" element={<HelpPage />} />
        <Route path="role" element={<RolePage />} />
        <Route path="help/pocket-card" element={<PocketCard />} />
        <Route path="modules/:moduleId/handout" element={<ModuleHandout />} />
        <Route path="modules/:moduleId/scenarios/:scenarioId/cards" element={<CaseCards />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
