import { useTranslation } from 'react-i18next';

import type { CourseOutline, CourseText } from '@/content/types';

import { COURSE_NAMESPACE, OUTLINE_NAMESPACE } from './i18n';

/** What the course home shows, in the language on screen (suspends until it is loaded). */
export function useCourseText(): CourseText {
  const { i18n } = useTranslation(COURSE_NAMESPACE as 'common');
  return i18n.getResourceBundle(
    i18n.resolvedLanguage ?? i18n.language,
    COURSE_NAMESPACE,
  ) as CourseText;
}

/**
 * Role names and every lesson and scenario title, in the language on screen. Suspends while they
 * load: they are not part of the first screen.
 */
export function useCourseOutline(): CourseOutline {
  const { i18n } = useTranslation(OUTLINE_NAMESPACE as 'common');
  return i18n.getResourceBundle(
    i18n.resolvedLanguage ?? i18n.language,
    OUTLINE_NAMESPACE,
  ) as CourseOutline;
}

/**
 * A module's summary, once the outline has arrived; undefined until then. Never suspends: the
 * module cards show their titles on the first screen and the summaries a moment later.
 */
export function useModuleSummary(moduleId: string): string | undefined {
  const { i18n, ready } = useTranslation(OUTLINE_NAMESPACE as 'common', { useSuspense: false });
  if (!ready) return undefined;
  const outline = i18n.getResourceBundle(
    i18n.resolvedLanguage ?? i18n.language,
    OUTLINE_NAMESPACE,
  ) as CourseOutline | undefined;
  return outline?.summaries && Object.hasOwn(outline.summaries, moduleId)
    ? outline.summaries[moduleId]
    : undefined;
}
