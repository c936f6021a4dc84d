/** Each question type as a learner uses it: answer, check, see the feedback for every item. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';

import type { Question } from '@/content/types';
import { i18n, initI18n } from '@/i18n/i18n';

import { QuestionView } from './question-view';
import { categorise, matching, ordering, spot } from './test-questions';

beforeAll(async () => {
  if (!i18n.isInitialized) await initI18n('en');
  await i18n.changeLanguage('en');
  await i18n.loadNamespaces('quiz');
});

/** The question with the parent's part played: the checked answer comes back as a prop. */
function Harness({ question }: { question: Question }) {
  const [answer, setAnswer] = useState<string[] | undefined>();
  return (
    <QuestionView
      question={question}
      seed={3}
      number={1}
      total={1}
      answer={answer}
      onCheck={setAnswer}
      onNext={() => undefined}
      nextLabel="See your result"
      focusOnShow={false}
    />
  );
}

const setup = (question: Question) => ({
  user: userEvent.setup(),
  ...render(<Harness question={question} />),
});
const check = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Check the answer' }));

describe('matching', () => {
  it('pairs each item from a list and names the right match after a wrong answer', async () => {
    const { user } = setup(matching);
    await user.selectOptions(
      screen.getByLabelText('The employer keeps the passport'),
      'Debt bondage',
    );
    await user.selectOptions(
      screen.getByLabelText('A debt that keeps growing'),
      'Retention of documents',
    );
    await check(user);
    expect(screen.getByRole('alert')).toHaveTextContent('Give every item an answer first.');
    await user.selectOptions(
      screen.getByLabelText('No pay for three months'),
      'Withholding of wages',
    );
    await check(user);
    expect(screen.getByRole('heading', { name: 'Not quite' })).toHaveFocus();
    expect(screen.getByText('The match is: Retention of documents.')).toBeInTheDocument();
    expect(screen.getByText('f3')).toBeInTheDocument();
  });
});

describe('ordering', () => {
  it('moves steps with buttons, keeps focus on the moved step and announces its place', async () => {
    const { user } = setup(ordering);
    const texts = () =>
      screen.getAllByRole('listitem').map((li) => li.querySelector('.order-text')?.textContent);
    const before = texts();
    const second = before[1] as string;
    await user.click(screen.getByRole('button', { name: `Move up: ${second}` }));
    expect(texts()[0]).toBe(second);
    expect(screen.getByRole('button', { name: `Move down: ${second}` })).toHaveFocus();
    for (const [i, step] of ['Notice', 'Make safe', 'Listen', 'Refer'].entries())
      for (let at = texts().indexOf(step); at > i; at--)
        await user.click(screen.getByRole('button', { name: `Move up: ${step}` }));
    await check(user);
    expect(screen.getByRole('heading', { name: 'Correct' })).toHaveFocus();
    expect(screen.getAllByText('Right.')).toHaveLength(4);
  });
});

describe('categorise', () => {
  it('sorts each card with radio buttons and says where a misplaced card belongs', async () => {
    const { user } = setup(categorise);
    await user.click(
      within(screen.getByRole('group', { name: 'Passports kept' })).getByLabelText(
        'Not an indicator',
      ),
    );
    await user.click(
      within(screen.getByRole('group', { name: 'Wears a uniform' })).getByLabelText(
        'Not an indicator',
      ),
    );
    await check(user);
    expect(screen.getByRole('heading', { name: 'Not quite' })).toHaveFocus();
    expect(screen.getByText('It belongs in: Indicator.')).toBeInTheDocument();
  });
});

describe('spot the indicators', () => {
  it('marks phrases as pressed buttons and scores found and wrongly marked phrases', async () => {
    const { user } = setup(spot);
    const passport = screen.getByRole('button', { name: 'the owner keeps her passport' });
    await user.click(passport);
    expect(passport).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'she likes the city' }));
    await check(user);
    expect(
      screen.getByText('You found 1 of 2 indicators and marked 1 phrase that is not one.'),
    ).toBeInTheDocument();
    expect(screen.getByText('An indicator you did not mark.')).toBeInTheDocument();
    expect(screen.getByText('Not an indicator in itself.')).toBeInTheDocument();
  });
});
