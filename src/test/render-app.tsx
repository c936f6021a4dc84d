/**
 * Renders the whole app at an address, in a memory router, with real content, real i18next and
 * the real stores (put back to their first state after each test by src/test/setup.ts), as a
 * learner would meet it. Anything a test saves before calling this is there when the app opens.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { MemoryRouter } from 'react-router';

import { AppRoutes } from '@/app/routes';
import type { Locale } from '@/content/locales';
import { i18n, initI18n } from '@/i18n/i18n';
import { useSettingsStore } from '@/stores/settings-store';

export async function renderApp(path: string, locale: Locale = 'en') {
  useSettingsStore.setState({ locale });
  if (!i18n.isInitialized) await initI18n(locale);
  else await i18n.changeLanguage(locale);
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <Suspense fallback={null}>
        <AppRoutes />
      </Suspense>
    </MemoryRouter>,
  );
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  return { user, ...view };
}
