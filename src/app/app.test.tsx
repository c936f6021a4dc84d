import { screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

import { textLoaders } from '@/content/loader';
import { useProgressStore } from '@/stores/progress-store';
import { renderApp } from '@/test/render-app';

describe('the course in the app', () => {
  it('lists every module of the course in order: planned ones as coming soon, written ones with progress bars', async () => {
    // The course's own list of modules, read from the authored file rather than the compiled one.
    const course = YAML.parse(
      readFileSync(path.resolve(__dirname, '../../content/course.yaml'), 'utf8'),
    ) as { modules: { id: string; planned?: unknown }[] };
    await renderApp('/');
    const { modules: titles } = (await textLoaders.en()).default;
    const items = within(screen.getByRole('region', { name: 'Modules' })).getAllByRole('listitem');
    expect(items).toHaveLength(course.modules.length);
    for (const [i, module] of course.modules.entries()) {
      const item = items[i] as HTMLElement;
      const title = titles[module.id]?.title ?? '';
      expect(title, module.id).not.toBe('');
      expect(item).toHaveTextContent(title);
      if (module.planned) {
        expect(within(item).getByText('Coming soon')).toBeInTheDocument();
        expect(within(item).queryByRole('progressbar')).toBeNull();
      } else {
        expect(within(item).queryByText('Coming soon')).toBeNull();
        expect(
          within(item).getByRole('progressbar', {
            name: `Progress in ${title}`,
          }),
        ).toHaveAttribute('aria-valuenow', '0');
      }
    }
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
      const choices = within(screen.getByRole('list', { name: 'What do you do?' }));
      await user.click(choices.getAllByRole('button')[0] as HTMLElement);
      await user.click(screen.getByRole('button', { name: 'Continue' }));
    }
    expect(screen.getByRole('heading', { name: 'Debrief' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Your path' })).toBeInTheDocument();
    expect(
      useProgressStore.getState().scenarios['what-is-trafficking/college-waitress-job']?.history,
    ).toHaveLength(1);
  });

  it('says so when a saved run names a choice the changed case no longer has, and goes on', async () => {
    const key = 'what-is-trafficking/college-waitress-job';
    useProgressStore
      .getState()
      .startScenario('what-is-trafficking', 'college-waitress-job', ['a-choice-since-removed']);
    const { user } = await renderApp('/modules/what-is-trafficking/scenarios/college-waitress-job');
    expect(screen.getByText(/goes on from decision 1\./)).toBeInTheDocument();
    const choices = within(screen.getByRole('list', { name: 'What do you do?' }));
    const first = choices.getAllByRole('button')[0] as HTMLElement;
    await user.click(first);
    expect(screen.queryByText(/goes on from decision/)).not.toBeInTheDocument();
    expect(useProgressStore.getState().scenarios[key]?.run?.choices).toHaveLength(1);
    expect(useProgressStore.getState().scenarios[key]?.run?.choices[0]).not.toBe(
      'a-choice-since-removed',
    );
  });

  it('says "not found" for an address that names no lesson', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    await renderApp('/modules/what-is-trafficking/lessons/no-such-lesson');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
