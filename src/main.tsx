import { createRoot } from 'react-dom/client';

// Before the app: inside an LMS, progress must not be read from the device (see lms-start.ts).
import { lmsReady } from '@/app/lms/lms-start';

import { App } from '@/app/app';
import { preferredLocales } from '@/i18n/detect';
import { i18n, initI18n } from '@/i18n/i18n';
import { useSettingsStore } from '@/stores/settings-store';

import './styles/app.css';

const render = () => createRoot(document.getElementById('root') as HTMLElement).render(<App />);

// Development only: `/?lng=pseudo#/` shows the English UI strings as a pseudo-locale (see
// src/i18n/pseudo.ts). The production build drops this branch and the module with it.
if (import.meta.env.DEV && new URLSearchParams(window.location.search).get('lng') === 'pseudo') {
  useSettingsStore.getState().setLocale('en');
  document.documentElement.lang = 'en';
  void import('@/i18n/pseudo')
    .then(({ pseudoProcessor, PSEUDO_PROCESSOR }) => {
      i18n.use(pseudoProcessor);
      return initI18n('en', [PSEUDO_PROCESSOR]);
    })
    .then(render);
} else {
  const chosen = useSettingsStore.getState().locale;
  const locale = chosen ?? preferredLocales(navigator.languages ?? [navigator.language])[0] ?? 'kk';
  document.documentElement.lang = locale;
  void Promise.all([initI18n(locale, undefined, chosen !== undefined), lmsReady]).then(render);
}
