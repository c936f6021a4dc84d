import { screen, within } from '@testing-library/react';

import { manifest } from '@/content/loader';
import { useSettingsStore } from '@/stores/settings-store';
import { renderApp } from '@/test/render-app';

/** The steps of the police path, counted from the manifest: lessons, police scenarios, quizzes. */
function policeSteps() {
  return manifest.modules
    .filter((m) => m.status === 'ready' && m.core)
    .reduce(
      (n, m) =>
        n +
        m.lessons.length +
        m.scenarios.filter((s) => s.roles.includes('police')).length +
        (m.quiz ? 1 : 0),
      0,
    );
}

describe('the course home with a role', () => {
  it("shows the role's path first: its steps, the time left and the next step", async () => {
    useSettingsStore.setState({ role: 'police' });
    await renderApp('/');
    const path = screen.getByRole('region', { name: 'Your path' });
    expect(path).toHaveTextContent(
      new RegExp(`0 of ${policeSteps()} steps done · about \\d+ h \\d+ min left`),
    );
    expect(within(path).getByRole('link', { name: 'Start Module 1' })).toBeInTheDocument();
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'))[0]).toBe(
      'path-heading',
    );
  });

  it('keeps the whole course one click away', async () => {
    useSettingsStore.setState({ role: 'police' });
    const { user } = await renderApp('/');
    const course = await screen.findByRole('region', { name: 'The whole course' });
    expect(within(course).queryAllByRole('listitem')).toHaveLength(0);
    await user.click(within(course).getByRole('button', { name: 'Show all modules' }));
    expect(within(course).getAllByRole('listitem')).toHaveLength(manifest.modules.length);
    expect(within(course).getByRole('button', { name: 'Hide all modules' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});

describe('the module cards', () => {
  it("show each module's summary once the outline has arrived, the titles at once", async () => {
    useSettingsStore.setState({ role: undefined });
    await renderApp('/');
    const modules = screen.getByRole('region', { name: 'Modules' });
    expect(
      within(modules).getByRole('link', { name: 'What human trafficking is' }),
    ).toBeInTheDocument();
    expect(await within(modules).findByText(/act, means and purpose/i)).toBeInTheDocument();
  });
});
