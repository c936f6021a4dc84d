import { useTranslation } from 'react-i18next';

import type { Question } from '@/content/types';
import { hash as hashText, seededRandom, shuffle } from '@/lib/seeded';

import { totalVotes, votesFor, type RunState } from './run-engine';
import { VoteMeter } from './vote-meter';

/** Questions whose options the room can vote on one by one; others are counted right / not right. */
const byOption = (q: Question) =>
  q.type === 'single' || q.type === 'multiple' || q.type === 'true-false';

const order = <T,>(run: RunState, q: Question, items: readonly T[], salt = '') =>
  shuffle(items, seededRandom(hashText(`${run.item}/${q.id}${salt}`)));

/** What the room votes on, in the order shown (digit keys follow it). */
export function quizVoteOptions(
  q: Question,
  run: RunState,
  t: (key: 'true' | 'false' | 'right' | 'notRight') => string,
): { id: string; label: string }[] {
  if (q.type === 'true-false')
    return [
      { id: 'true', label: t('true') },
      { id: 'false', label: t('false') },
    ];
  if (q.type === 'single' || q.type === 'multiple')
    return order(run, q, q.options).map((o) => ({ id: o.id, label: o.text }));
  return [
    { id: 'right', label: t('right') },
    { id: 'wrong', label: t('notRight') },
  ];
}

/** The share of the room that was right, where the votes say it; undefined otherwise. */
export function shareRight(q: Question, run: RunState): number | undefined {
  const total = totalVotes(run);
  if (total === 0) return undefined;
  if (q.type === 'single')
    return q.options.filter((o) => o.correct).reduce((n, o) => n + votesFor(run, o.id), 0) / total;
  if (q.type === 'true-false') return votesFor(run, String(q.answer)) / total;
  if (byOption(q)) return undefined;
  return votesFor(run, 'right') / total;
}

interface QuizStageProps {
  question: Question;
  number: number;
  count: number;
  run: RunState;
  audience: 'room' | 'trainer';
}

/** A quiz question shown to the room; after the reveal, the right answer, why, and how the room did. */
export function QuizStage({ question: q, number, count, run, audience }: QuizStageProps) {
  const { t } = useTranslation('seminar');
  const revealed = run.phase === 'revealed';
  const show = revealed || audience === 'trainer';
  const total = totalVotes(run);
  const share = revealed ? shareRight(q, run) : undefined;
  const verdict = (right: boolean) =>
    show ? (
      <strong className={right ? 'verdict-right' : 'verdict-wrong'}>
        {t(right ? 'right' : 'notRight')}
      </strong>
    ) : null;

  return (
    <section className="stage-quiz" aria-labelledby="stage-heading">
      <h2 id="stage-heading">{t('question', { number, count })}</h2>
      <p className="stage-prompt">{q.prompt}</p>
      {q.type === 'single' || q.type === 'multiple' ? (
        <ol className="stage-options">
          {order(run, q, q.options).map((o) => (
            <li key={o.id}>
              <span className="option-text">{o.text}</span>
              {verdict(o.correct)}
              {revealed ? <VoteMeter votes={votesFor(run, o.id)} total={total} /> : null}
              {revealed ? <p className="option-feedback">{o.feedback}</p> : null}
            </li>
          ))}
        </ol>
      ) : q.type === 'true-false' ? (
        <ol className="stage-options">
          {([true, false] as const).map((value) => (
            <li key={String(value)}>
              <span className="option-text">{t(value ? 'true' : 'false')}</span>
              {verdict(value === q.answer)}
              {revealed ? <VoteMeter votes={votesFor(run, String(value))} total={total} /> : null}
            </li>
          ))}
        </ol>
      ) : q.type === 'matching' ? (
        <div className="stage-columns">
          <ul>
            {order(run, q, q.pairs).map((p) => (
              <li key={p.id}>{p.item}</li>
            ))}
          </ul>
          <ul>
            {order(run, q, q.pairs, '/matches').map((p) => (
              <li key={p.id}>{p.match}</li>
            ))}
          </ul>
        </div>
      ) : q.type === 'ordering' ? (
        <ul>
          {order(run, q, q.steps).map((s) => (
            <li key={s.id}>{s.text}</li>
          ))}
        </ul>
      ) : q.type === 'categorise' ? (
        <>
          <p>{q.categories.map((c) => c.name).join(' · ')}</p>
          <ul>
            {order(run, q, q.cards).map((c) => (
              <li key={c.id}>{c.text}</li>
            ))}
          </ul>
        </>
      ) : q.type === 'spot' ? (
        <p className="stage-passage">
          {q.passage.map((seg, i) =>
            typeof seg === 'string' ? seg : <span key={i}>{seg.text}</span>,
          )}
        </p>
      ) : null}
      {show && !byOption(q) ? <QuizAnswer question={q} /> : null}
      {show && q.type === 'true-false' ? (
        <p className="option-feedback">{q.feedback[String(q.answer) as 'true' | 'false']}</p>
      ) : null}
      {revealed && !byOption(q) ? (
        <p>
          {t('roomRightWrong', { right: votesFor(run, 'right'), wrong: votesFor(run, 'wrong') })}
        </p>
      ) : null}
      {share !== undefined ? (
        <p className="stage-share">{t('shareRight', { percent: Math.round(share * 100) })}</p>
      ) : null}
    </section>
  );
}

/** The right answer of a question that is not voted option by option. */
function QuizAnswer({ question: q }: { question: Question }) {
  const { t } = useTranslation('seminar');
  return (
    <div className="stage-reveal">
      <h3>{t('answer')}</h3>
      {q.type === 'matching' ? (
        <ul>
          {q.pairs.map((p) => (
            <li key={p.id}>
              {t('pair', { item: p.item, match: p.match })}{' '}
              <span className="option-feedback">{p.feedback}</span>
            </li>
          ))}
        </ul>
      ) : q.type === 'ordering' ? (
        <ol>
          {q.steps.map((s) => (
            <li key={s.id}>
              {s.text} <span className="option-feedback">{s.feedback}</span>
            </li>
          ))}
        </ol>
      ) : q.type === 'categorise' ? (
        q.categories.map((c) => (
          <div key={c.id}>
            <h4>{c.name}</h4>
            <ul>
              {q.cards
                .filter((card) => card.category === c.id)
                .map((card) => (
                  <li key={card.id}>{card.text}</li>
                ))}
            </ul>
          </div>
        ))
      ) : q.type === 'spot' ? (
        <ul>
          {q.phrases
            .filter((p) => p.indicator)
            .map((p) => (
              <li key={p.id}>
                <mark>{phraseText(q, p.id)}</mark>{' '}
                <span className="option-feedback">{p.feedback}</span>
              </li>
            ))}
        </ul>
      ) : null}
    </div>
  );
}

function phraseText(q: Extract<Question, { type: 'spot' }>, id: string): string {
  for (const seg of q.passage) if (typeof seg !== 'string' && seg.phrase === id) return seg.text;
  return '';
}
