import { createRoot } from 'react-dom/client';

import { App } from '@/app/app';
import { preferredLocales } from '@/i18n/detect';
import { initI18n } from '@/i18n/i18n';
import { useSettingsStore } from '@/stores/settings-store';

import './styles/app.css';

const chosen = useSettingsStore.getState().locale;
const locale = chosen ?? preferredLocales(navigator.languages ?? [navigator.language])[0] ?? 'kk';
document.documentElement.lang = locale;

void initI18n(locale).then(() => {
  createRoot(document.getElementById('root') as HTMLElement).render(<App />);
});
