import { useTranslation } from 'react-i18next';

import type { CourseText } from '@/content/types';

import { COURSE_NAMESPACE } from './i18n';

/** Course and module titles in the language on screen (suspends until they are loaded). */
export function useCourseText(): CourseText {
  const { i18n } = useTranslation(COURSE_NAMESPACE as 'common');
  return i18n.getResourceBundle(
    i18n.resolvedLanguage ?? i18n.language,
    COURSE_NAMESPACE,
  ) as CourseText;
}
