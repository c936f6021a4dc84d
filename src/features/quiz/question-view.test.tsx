import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';

import type { Question } from '@/content/types';
import { i18n, initI18n } from '@/i18n/i18n';

import { QuestionView } from './question-view';

const single: Question = {
  id: 'who-decides',
  type: 'single',
  lesson: 'l',
  indicators: [],
  roles: [],
  prompt: 'Who decides whether it is legally trafficking?',
  options: [
    {
      id: 'you',
      text: 'You, the teacher',
      correct: false,
      feedback: 'You recognise and refer; you do not decide.',
    },
    {
      id: 'police',
      text: 'The police and the courts',
      correct: true,
      feedback: 'Yes: they investigate and decide.',
    },
  ],
};

const multiple: Question = {
  ...single,
  id: 'signs',
  type: 'multiple',
  prompt: 'Which are indicators?',
  options: [
    {
      id: 'passport',
      text: 'Passport kept by the employer',
      correct: true,
      feedback: 'Retention of documents.',
    },
    { id: 'debt', text: 'A debt that keeps growing', correct: true, feedback: 'Debt bondage.' },
    { id: 'uniform', text: 'A work uniform', correct: false, feedback: 'Ordinary at many jobs.' },
  ],
};

beforeAll(async () => {
  if (!i18n.isInitialized) await initI18n('en');
  await i18n.changeLanguage('en');
  await i18n.loadNamespaces('quiz');
});

function renderQuestion(question: Question, onCheck = vi.fn()) {
  const view = render(
    <Suspense fallback={null}>
      <QuestionView
        question={question}
        seed={1}
        number={1}
        total={8}
        answer={undefined}
        onCheck={onCheck}
        onNext={vi.fn()}
        nextLabel="Next question"
        focusOnShow
      />
    </Suspense>,
  );
  return { ...view, onCheck, user: userEvent.setup() };
}

describe('a quiz question', () => {
  it('shows the feedback of every option after a wrong answer and moves focus to the verdict', async () => {
    const { user, onCheck, rerender } = renderQuestion(single);
    await user.click(await screen.findByLabelText('You, the teacher'));
    await user.click(screen.getByRole('button', { name: 'Check the answer' }));
    expect(onCheck).toHaveBeenCalledWith(['you']);

    rerender(
      <QuestionView
        question={single}
        seed={1}
        number={1}
        total={8}
        answer={['you']}
        onCheck={onCheck}
        onNext={vi.fn()}
        nextLabel="Next question"
        focusOnShow
      />,
    );
    expect(screen.getByRole('heading', { name: 'Not quite' })).toHaveFocus();
    expect(screen.getByText('You recognise and refer; you do not decide.')).toBeInTheDocument();
    expect(screen.getByText('Yes: they investigate and decide.')).toBeInTheDocument();
    expect(screen.getByText('Your answer — not correct.')).toBeInTheDocument();
    expect(screen.getByText('Correct answer.')).toBeInTheDocument();
    expect(screen.getByLabelText('The police and the courts')).toBeDisabled();
  });

  it('puts the verdict before the explanations and "Next" after them, in reading order', () => {
    render(
      <QuestionView
        question={single}
        seed={1}
        number={1}
        total={8}
        answer={['police']}
        onCheck={vi.fn()}
        onNext={vi.fn()}
        nextLabel="Next question"
        focusOnShow
      />,
    );
    const verdict = screen.getByRole('heading', { name: 'Correct' });
    const why = screen.getByText('Yes: they investigate and decide.');
    const next = screen.getByRole('button', { name: 'Next question' });
    const follows = (a: Element, b: Element) =>
      Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(verdict, why)).toBe(true);
    expect(follows(why, next)).toBe(true);
    expect(screen.getByText('Your answer — correct.')).toBeInTheDocument();
  });

  it('asks for an answer instead of checking an empty one', async () => {
    const { user, onCheck } = renderQuestion(single);
    await user.click(await screen.findByRole('button', { name: 'Check the answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose an answer first.');
    expect(onCheck).not.toHaveBeenCalled();
  });

  it('lets several options be chosen in a multiple-response question, by keyboard', async () => {
    const { user, onCheck } = renderQuestion(multiple);
    expect(await screen.findByText('Select all that apply.')).toBeInTheDocument();
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: 'Check the answer' }));
    expect(onCheck).toHaveBeenCalledTimes(1);
    expect([...(onCheck.mock.calls[0]?.[0] as string[])].sort()).toEqual(
      screen
        .getAllByRole('checkbox')
        .slice(0, 2)
        .map((c) => (c as HTMLInputElement).value)
        .sort(),
    );
  });
});
