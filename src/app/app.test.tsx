import { screen, within } from '@testing-library/react';

import { useProgressStore } from '@/stores/progress-store';
import { renderApp } from '@/test/render-app';

describe('the course in the app', () => {
  it('lists the nine modules in order, the unwritten ones as coming soon, with progress bars', async () => {
    await renderApp('/');
    const items = within(screen.getByRole('region', { name: 'Modules' })).getAllByRole('listitem');
    expect(items).toHaveLength(9);
    expect(screen.getAllByText('Coming soon')).toHaveLength(8);
    expect(
      screen.getByRole('progressbar', { name: 'Progress in What human trafficking is' }),
    ).toHaveAttribute('aria-valuenow', '0');
  });

  it('marks a lesson complete after the last section and offers the next step', async () => {
    const { user } = await renderApp('/modules/what-is-trafficking/lessons/act-means-purpose');
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getAllByRole('heading', { level: 2 })[3]).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Finish the lesson' }));
    expect(screen.getByRole('heading', { name: 'Lesson complete' })).toHaveFocus();
    expect(
      useProgressStore.getState().lessons['what-is-trafficking/act-means-purpose']?.completedAt,
    ).toBeTruthy();
    expect(
      screen.getByRole('link', { name: /^Next: Why consent does not count/ }),
    ).toBeInTheDocument();
  });

  it('shows a debrief with the path taken after a scenario ends', async () => {
    const { user } = await renderApp('/modules/what-is-trafficking/scenarios/college-waitress-job');
    await user.click(screen.getByRole('button', { name: 'Start the case' }));
    // Take the first choice at every decision until the case ends.
    for (let i = 0; i < 12 && !screen.queryByRole('heading', { name: 'Debrief' }); i++) {
      const choices = screen
        .getAllByRole('button')
        .filter((b) => b.classList.contains('choice-button'));
      await user.click(choices[0] as HTMLElement);
      await user.click(screen.getByRole('button', { name: 'Continue' }));
    }
    expect(screen.getByRole('heading', { name: 'Debrief' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Your path' })).toBeInTheDocument();
    expect(
      useProgressStore.getState().scenarios['what-is-trafficking/college-waitress-job']?.history,
    ).toHaveLength(1);
  });

  it('says "not found" for an address that names no lesson', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    await renderApp('/modules/what-is-trafficking/lessons/no-such-lesson');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
