import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { TermTip } from './term-tip';

function renderTip() {
  render(
    <p>
      The purpose is{' '}
      <TermTip
        meaning="Using a person for gain."
        href="/glossary?term=exploitation"
        toggleLabel="What “exploitation” means"
      >
        exploitation
      </TermTip>
      .
    </p>,
  );
  return screen.getByRole('button', { name: 'What “exploitation” means' });
}

describe('a glossary term in a lesson', () => {
  it('links to its glossary entry', () => {
    renderTip();
    expect(screen.getByRole('link', { name: 'exploitation' })).toHaveAttribute(
      'href',
      '#/glossary?term=exploitation',
    );
  });

  it('shows its meaning in place from the keyboard, and hides it again with Escape', async () => {
    const user = userEvent.setup();
    const button = renderTip();
    expect(screen.queryByText('Using a person for gain.')).not.toBeVisible();
    await user.tab();
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Using a person for gain.')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Using a person for gain.')).not.toBeVisible();
  });
});
