import { useState } from 'react';

import type { Locale } from '@/content/locales';

import { LanguageChooser } from './language-chooser';
import { RoleChooser } from './role-chooser';

interface FirstVisitProps {
  /** Languages in the order to offer them: the browser's preference first. */
  order: Locale[];
  /** Loads what the chosen language needs and switches the interface to it. */
  loadLocale: (locale: Locale) => Promise<void>;
  /** Saves the choices; the course starts. */
  finish: (locale: Locale, role?: string) => void;
}

/**
 * The first visit: the language, then (in that language) the role, which may be skipped. Nothing is
 * saved until both steps are answered, so a reload in between starts again from the language.
 */
export function FirstVisit({ order, loadLocale, finish }: FirstVisitProps) {
  const [chosen, setChosen] = useState<Locale | null>(null);
  if (!chosen)
    return (
      <LanguageChooser
        order={order}
        onChoose={(l) => void loadLocale(l).then(() => setChosen(l))}
      />
    );
  return (
    <RoleChooser
      current={undefined}
      mode="first-visit"
      onDone={(role) => finish(chosen, role)}
      onSkip={() => finish(chosen)}
    />
  );
}
