/**
 * Every screen has an address (hash routing, so one build works on any host, in a sub-folder,
 * inside an LMS frame and from file://). Screens other than the course home load with their route.
 */
import { lazy } from 'react';
import { Route, Routes } from 'react-router';

import { HomePage } from '@/features/catalog/home-page';

import { NotFound } from './error-screen';
import { Shell } from './shell';

const ModulePage = lazy(() =>
  import('@/features/catalog/module-page').then((m) => ({ default: m.ModulePage })),
);
const LessonPage = lazy(() =>
  import('@/features/lesson/lesson-page').then((m) => ({ default: m.LessonPage })),
);
const ScenarioPage = lazy(() =>
  import('@/features/scenario/scenario-page').then((m) => ({ default: m.ScenarioPage })),
);
const AssessmentPage = lazy(() =>
  import('@/features/quiz/assessment-page').then((m) => ({ default: m.AssessmentPage })),
);
const ProgressPage = lazy(() =>
  import('@/features/progress/progress-page').then((m) => ({ default: m.ProgressPage })),
);
const QuizPage = lazy(() =>
  import('@/features/quiz/quiz-page').then((m) => ({ default: m.QuizPage })),
);

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
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
