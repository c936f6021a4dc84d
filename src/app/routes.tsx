/**
 * Every screen has an address (hash routing, so one build works on any host, in a sub-folder,
 * inside an LMS frame and from file://). Screens other than the course home load with their route.
 */
import type { LoaderFunctionArgs, RouteObject } from 'react-router';

import { findModule, loadModuleContent } from '@/content/loader';
import { isLocale } from '@/content/locales';
import { HomePage } from '@/features/catalog/home-page';
import { i18n } from '@/i18n/i18n';

import { NotFound, RouteError } from './error-screen';
import { Shell } from './shell';

/** Loads the module's content in the current language before the screen shows. */
async function moduleLoader({ params }: LoaderFunctionArgs) {
  const module = findModule(params.moduleId);
  if (!module || module.status !== 'ready') throw new Response('Not found', { status: 404 });
  const locale = i18n.resolvedLanguage ?? i18n.language;
  if (isLocale(locale)) await loadModuleContent(module.id, locale);
  return null;
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'modules/:moduleId',
            loader: moduleLoader,
            lazy: () => import('@/features/catalog/module-page').then((m) => ({ Component: m.ModulePage })),
          },
          {
            path: 'modules/:moduleId/lessons/:lessonId',
            loader: moduleLoader,
            lazy: () => import('@/features/lesson/lesson-page').then((m) => ({ Component: m.LessonPage })),
          },
          {
            path: 'modules/:moduleId/scenarios/:scenarioId',
            loader: moduleLoader,
            lazy: () => import('@/features/scenario/scenario-page').then((m) => ({ Component: m.ScenarioPage })),
          },
          {
            path: 'modules/:moduleId/quiz',
            loader: moduleLoader,
            lazy: () => import('@/features/quiz/quiz-page').then((m) => ({ Component: m.QuizPage })),
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
