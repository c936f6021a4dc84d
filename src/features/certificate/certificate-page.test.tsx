import { screen, waitFor } from '@testing-library/react';
import { manifest } from 'virtual:qorgau/manifest';

import { ASSESSMENT_KEY, emptyProgress, type ProgressData } from '@/stores/progress-record';
import { useProgressStore } from '@/stores/progress-store';
import { renderApp } from '@/test/render-app';

const at = '2026-11-20T10:00:00.000Z';
const outcome = { missed: [], met: [], recognised: [] };

/** Every item of every written module done, and the final assessment passed. */
function everythingDone(): ProgressData {
  const p = emptyProgress();
  for (const m of manifest.modules.filter((x) => x.status === 'ready')) {
    for (const l of m.lessons) p.lessons[`${m.id}/${l.id}`] = { reached: 0, completedAt: at };
    for (const s of m.scenarios)
      p.scenarios[`${m.id}/${s.id}`] = {
        history: [
          { at, ending: 'e', rating: 'good', score: 1, choices: [], met: [], recognised: [] },
        ],
      };
    if (m.quiz)
      p.quizzes[m.id] = { history: [{ at, score: 9, max: 10, passed: true, ...outcome }] };
  }
  p.quizzes[ASSESSMENT_KEY] = { history: [{ at, score: 18, max: 20, passed: true, ...outcome }] };
  return p;
}

describe('certificate screen', () => {
  it('moves the focus to the certificate once the learner has given the name', async () => {
    useProgressStore.setState(everythingDone());
    const view = await renderApp('/certificate');
    await view.user.type(screen.getByLabelText('Name on the certificate'), 'Айгерим С.');
    await view.user.click(screen.getByRole('button', { name: 'Save the name' }));
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Certificate of completion',
    });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
