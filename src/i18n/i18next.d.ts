import 'i18next';

import type catalog from './locales/en/catalog.json';
import type certificate from './locales/en/certificate.json';
import type common from './locales/en/common.json';
import type glossary from './locales/en/glossary.json';
import type help from './locales/en/help.json';
import type lesson from './locales/en/lesson.json';
import type module from './locales/en/module.json';
import type offline from './locales/en/offline.json';
import type profiles from './locales/en/profiles.json';
import type progress from './locales/en/progress.json';
import type qr from './locales/en/qr.json';
import type quiz from './locales/en/quiz.json';
import type scenario from './locales/en/scenario.json';
import type seminar from './locales/en/seminar.json';
import type settings from './locales/en/settings.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      glossary: typeof glossary;
      certificate: typeof certificate;
      help: typeof help;
      catalog: typeof catalog;
      lesson: typeof lesson;
      module: typeof module;
      offline: typeof offline;
      profiles: typeof profiles;
      progress: typeof progress;
      qr: typeof qr;
      quiz: typeof quiz;
      scenario: typeof scenario;
      seminar: typeof seminar;
      settings: typeof settings;
    };
  }
}
