import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { modulePath } from '@/content/course-path';
import { requireModule, useModuleContent } from '@/content/loader';
import type { LessonContent, ManifestModule } from '@/content/types';
import { useCourseOutline } from '@/i18n/use-course-text';
import { useLocale } from '@/i18n/use-locale';
import { NotFoundError } from '@/lib/not-found';
import { formatDate } from '@/lib/format';
import { glossaryTermHref, paths } from '@/lib/paths';
import { itemKey } from '@/stores/progress-record';
import { useProgressStore } from '@/stores/progress-store';
import { Breadcrumbs } from '@/ui/breadcrumbs';
import { NextStepLinks } from '@/ui/next-step-links';
import { ProgressBar } from '@/ui/progress-bar';
import { RichText, type RichTextLabels } from '@/ui/rich-text';
import { ScreenHeading } from '@/ui/screen-heading';
import { SourceList } from '@/ui/source-list';

import { lessonPercent, lessonState } from './lesson-engine';

import './lesson.css';

export function LessonPage() {
  const { moduleId, lessonId } = useParams();
  const module = requireModule(moduleId);
  const locale = useLocale();
  const content = useModuleContent(module.id, locale);
  // The titles the closing "next" link names load with the screen, not when the lesson ends.
  useCourseOutline();
  const lesson = content.lessons.find((l) => l.id === lessonId);
  if (!lesson) throw new NotFoundError(`${moduleId}/${lessonId}`);
  return (
    <LessonView
      key={lesson.id}
      module={module}
      moduleTitle={content.title}
      lesson={lesson}
      sources={content.sources}
      terms={content.terms}
    />
  );
}

interface LessonViewProps {
  module: ManifestModule;
  moduleTitle: string;
  lesson: LessonContent;
  sources: { id: string; title: string; publisher: string; url: string; checked: string }[];
  /** Meanings of the glossary terms the lessons mark, by id. */
  terms: Record<string, string>;
}

function LessonView({ module, moduleTitle, lesson, sources, terms }: LessonViewProps) {
  const { t } = useTranslation(['lesson', 'common']);
  const locale = useLocale();
  const saved = useProgressStore((s) => s.lessons[itemKey(module.id, lesson.id)]);
  const openSection = useProgressStore((s) => s.openSection);
  const completeLesson = useProgressStore((s) => s.completeLesson);
  const state = lessonState(saved, lesson.sections.length);
  const focusSection = useRef<number | null>(null);
  const sectionRefs = useRef<(HTMLHeadingElement | null)[]>([]);
  const doneRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusSection.current === null) return;
    const index = focusSection.current;
    focusSection.current = null;
    if (index === -1) doneRef.current?.focus();
    else sectionRefs.current[index]?.focus();
  });

  const labels: RichTextLabels = {
    aside: (kind) => t(`block.${kind as 'callout' | 'reflection' | 'content-note' | 'indicators'}`),
    citation: (n) => t('citation', { n }),
    term: (id) =>
      Object.hasOwn(terms, id)
        ? { meaning: terms[id] as string, href: glossaryTermHref(id) }
        : undefined,
    termToggle: (term) => t('termMeaning', { term }),
  };
  const cited = lesson.sources
    .map((id) => sources.find((s) => s.id === id))
    .filter((s) => s !== undefined);

  const showNext = () => {
    const index = state.shown; // the next section's index
    openSection(module.id, lesson.id, index);
    // The new section's heading takes focus: that is its one announcement.
    focusSection.current = index;
  };
  const finish = () => {
    completeLesson(module.id, lesson.id);
    focusSection.current = -1;
  };

  return (
    <article className="lesson">
      <Breadcrumbs
        label={t('common:breadcrumbs')}
        crumbs={[
          { label: t('common:nav.course'), to: paths.home.href() },
          { label: moduleTitle, to: modulePath(module.id) },
          { label: lesson.title },
        ]}
      />
      <ScreenHeading title={lesson.title} site={t('common:appName')}>
        {lesson.title}
      </ScreenHeading>
      <ProgressBar
        value={lessonPercent(state)}
        label={t('progressLabel')}
        valueText={t('sectionOf', { current: state.shown, total: state.total })}
      />
      <p className="meta">{t('sectionOf', { current: state.shown, total: state.total })}</p>

      {lesson.sections.map((section, i) => (
        // Sections not reached yet are printed but not shown: a printed lesson is always whole.
        <section
          key={i}
          aria-labelledby={`section-${i}`}
          className={i < state.shown ? 'lesson-section' : 'lesson-section print-only'}
        >
          <h2 id={`section-${i}`} tabIndex={-1} ref={(el) => void (sectionRefs.current[i] = el)}>
            {section.heading}
          </h2>
          <RichText nodes={section.body} labels={labels} />
        </section>
      ))}

      {!state.atEnd ? (
        <button type="button" className="button button-primary" onClick={showNext}>
          {t('continue')}
        </button>
      ) : !state.completed ? (
        <button type="button" className="button button-primary" onClick={finish}>
          {t('finish')}
        </button>
      ) : (
        <section className="card done-card" aria-labelledby="lesson-done">
          <h2 id="lesson-done" tabIndex={-1} ref={doneRef}>
            {t('completeHeading')}
          </h2>
          <NextStepLinks
            module={module}
            current={{ kind: 'lesson', moduleId: module.id, id: lesson.id }}
          />
        </section>
      )}

      <SourceList
        heading={t('sourcesHeading')}
        sources={cited}
        checkedLabel={(d) => t('sourceChecked', { date: formatDate(d, locale) })}
      />
    </article>
  );
}
