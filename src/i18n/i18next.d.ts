import 'i18next';

import type catalog from './locales/en/catalog.json';
import type common from './locales/en/common.json';
import type lesson from './locales/en/lesson.json';
import type progress from './locales/en/progress.json';
import type quiz from './locales/en/quiz.json';
import type scenario from './locales/en/scenario.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      catalog: typeof catalog;
      lesson: typeof lesson;
      progress: typeof progress;
      quiz: typeof quiz;
      scenario: typeof scenario;
    };
  }
}
