import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { orderedChoices, runSeed } from '@/content/choice-order';
import { requireModule, useScenarioContent } from '@/content/loader';
import { decisionPoints } from '@/content/scenario-graph';
import type { ScenarioContent } from '@/content/types';
import { useLocale } from '@/i18n/use-locale';
import { NotFoundError } from '@/lib/not-found';
import { Paragraphs } from '@/ui/paragraphs';
import { ScreenHeading } from '@/ui/screen-heading';

import { PrintButton } from './print-parts';

import './help.css';

/** Case cards for small groups (the case, its decisions, questions) and a separate trainer sheet. */
export function CaseCards() {
  const { moduleId, scenarioId } = useParams();
  const module = requireModule(moduleId);
  const locale = useLocale();
  if (!scenarioId || !module.scenarios.some((s) => s.id === scenarioId))
    throw new NotFoundError(`${moduleId}/${scenarioId}/cards`);
  return <Cards scenario={useScenarioContent(module.id, scenarioId, locale).scenario} />;
}

function Cards({ scenario }: { scenario: ScenarioContent }) {
  const { t } = useTranslation(['help', 'common']);
  const [showAnswers, setShowAnswers] = useState(false);
  const points = decisionPoints(scenario);
  const endings = Object.values(scenario.nodes).filter((n) => n.type === 'ending');
  const title = t('caseCardsFor', { title: scenario.title });
  // One mixed order per scenario, the same on the group cards and the trainer sheet (A is A on both).
  const seed = runSeed(scenario.id, 'case-cards');

  return (
    <article className="case-cards">
      <ScreenHeading title={title} site={t('common:appName')}>
        {title}
      </ScreenHeading>
      <PrintButton />
      {scenario.contentNote ? <p className="meta">{scenario.contentNote}</p> : null}
      <p className="lead">{scenario.summary}</p>
      {points.map((node, i) => (
        <section key={node.id} className="case-card" aria-labelledby={`card-${node.id}`}>
          <h2 id={`card-${node.id}`}>{t('cardHeading', { number: i + 1 })}</h2>
          <Paragraphs text={node.narration} />
          {node.dialogue.map((line, j) => (
            <p key={j}>
              <strong>{t('speaker', { name: line.speaker })}</strong> <q>{line.text}</q>
            </p>
          ))}
          <h3>{t('optionsHeading')}</h3>
          <ol className="options-list" type="A">
            {orderedChoices(node, seed).map((c) => (
              <li key={c.id}>{c.text}</li>
            ))}
          </ol>
        </section>
      ))}
      {scenario.discussion.length > 0 ? (
        <section className="case-card" aria-labelledby="discussion">
          <h2 id="discussion">{t('discussionHeading')}</h2>
          <ol>
            {scenario.discussion.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ol>
        </section>
      ) : null}

      <div className="no-print card">
        <h2 id="trainer-sheet-toggle-heading">{t('trainerSheet')}</h2>
        <p>{t('trainerSheetHiddenNote')}</p>
        <button
          type="button"
          className="button"
          aria-expanded={showAnswers}
          aria-controls="trainer-sheet-section"
          onClick={() => setShowAnswers((v) => !v)}
        >
          {showAnswers ? t('hideTrainerSheet') : t('showTrainerSheet')}
        </button>
      </div>
      {/* On screen the answers wait behind the button (a group may be looking); print always has them. */}
      <section
        id="trainer-sheet-section"
        className={`page-break trainer-sheet ${showAnswers ? '' : 'screen-hidden'}`}
        aria-labelledby="trainer-sheet"
      >
        <h2 id="trainer-sheet">{t('trainerSheet')}</h2>
        <p className="meta">{t('trainerSheetNote')}</p>
        {points.map((node, i) => (
          <div key={node.id} className="case-card">
            <h3>{t('cardHeading', { number: i + 1 })}</h3>
            <ol className="options-list" type="A">
              {orderedChoices(node, seed).map((c) => (
                <li key={c.id}>
                  <strong>{c.text}</strong> — {t('points', { count: c.score })}.{' '}
                  {c.feedback.join(' ')}
                </li>
              ))}
            </ol>
          </div>
        ))}
        <h3>{t('endingsHeading')}</h3>
        {endings.map((e) =>
          e.type === 'ending' ? (
            <div key={e.id} className="case-card">
              <h4>{t(`rating.${e.rating}`)}</h4>
              <Paragraphs text={e.debrief} />
            </div>
          ) : null,
        )}
        <h3>{t('goodResponseHeading')}</h3>
        <Paragraphs text={scenario.goodResponse.text} />
      </section>
    </article>
  );
}
