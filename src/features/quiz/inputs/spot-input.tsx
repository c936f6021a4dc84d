import { useTranslation } from 'react-i18next';

import { spotScore } from '../question-scoring';
import type { InputProps } from './input-props';
import { ItemFeedback } from './item-feedback';

/** Spot the indicators: the phrases of a case text are toggle buttons; marked ones are pressed. */
export function SpotInput({ question, value, onChange, results }: InputProps<'spot'>) {
  const { t } = useTranslation('quiz');
  const toggle = (id: string) =>
    onChange(value.includes(id) ? value.filter((x) => x !== id) : [...value, id]);
  const phraseText = (id: string) =>
    question.passage.find((s) => typeof s !== 'string' && s.phrase === id) as
      { text: string } | undefined;

  const stateOf = (id: string) => {
    const phrase = question.phrases.find((p) => p.id === id);
    const marked = value.includes(id);
    if (!results) return marked ? 'phrase-marked' : '';
    if (phrase?.indicator) return marked ? 'phrase-found' : 'phrase-missed';
    return marked ? 'phrase-wrong' : '';
  };
  const score = results ? spotScore(question, value) : undefined;

  return (
    <>
      <p className="hint">{t('spotHint')}</p>
      <p className="passage">
        {question.passage.map((segment, i) =>
          typeof segment === 'string' ? (
            <span key={i}>{segment}</span>
          ) : (
            <button
              key={i}
              type="button"
              className={`phrase ${stateOf(segment.phrase)}`}
              aria-pressed={value.includes(segment.phrase)}
              disabled={Boolean(results)}
              onClick={() => toggle(segment.phrase)}
            >
              {segment.text}
            </button>
          ),
        )}
      </p>
      {score ? (
        <>
          <p className="score">
            {t('spotScore', { found: score.found, total: score.total, count: score.wrong })}
          </p>
          <ul className="phrase-feedback">
            {question.phrases.map((p) => {
              const result = results?.find((r) => r.id === p.id);
              const marked = value.includes(p.id);
              if (!p.indicator && !marked) return null;
              return (
                <li key={p.id}>
                  <p className="phrase-quote">
                    <q>{phraseText(p.id)?.text}</q>
                  </p>
                  <ItemFeedback
                    right={Boolean(result?.right)}
                    detail={
                      p.indicator
                        ? marked
                          ? t('phraseFound')
                          : t('phraseMissed')
                        : t('phraseNotIndicator')
                    }
                    text={p.feedback}
                  />
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </>
  );
}
