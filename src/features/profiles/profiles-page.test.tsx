import { screen, waitFor, within } from '@testing-library/react';

import { setAppStore, type KeyValueStore } from '@/lib/storage';
import { page } from '@/stores/profiles';
import { useSettingsStore } from '@/stores/settings-store';
import { renderApp } from '@/test/render-app';

const reload = vi.fn();
beforeEach(() => {
  reload.mockClear();
  page.reload = reload;
});
afterEach(() => setAppStore(undefined));

describe('profiles screen', () => {
  it('starts at the screen heading, not at a profile card', async () => {
    await renderApp('/profiles');
    // The h1 may be on screen a moment before its arrival effect has run.
    const h1 = screen.getByRole('heading', { level: 1, name: 'Learner profiles' });
    await waitFor(() => expect(h1).toHaveFocus());
  });

  it('renames the profile in use, and the new name is its setting', async () => {
    const view = await renderApp('/profiles');
    const card = screen.getByRole('heading', { level: 3, name: /Profile 1/ }).closest('li')!;
    expect(within(card).getByText('In use')).toBeInTheDocument();
    await view.user.click(within(card).getByRole('button', { name: 'Rename' }));
    await view.user.type(within(card).getByLabelText('Name or initials (optional)'), 'А. С.');
    await view.user.click(screen.getByRole('button', { name: 'Save the name' }));
    expect(useSettingsStore.getState().name).toBe('А. С.');
    expect(await screen.findByRole('heading', { level: 3, name: /А\. С\./ })).toHaveFocus();
  });

  it('asks before deleting, and cancelling deletes nothing', async () => {
    const view = await renderApp('/profiles');
    await view.user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByText(/Delete Profile 1 and all of its progress/)).toHaveFocus();
    await view.user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Delete' })).toBeInTheDocument();
    expect(reload).not.toHaveBeenCalled();
  });

  it('says why a new profile could not be made, and stays where it is', async () => {
    const data = new Map<string, string>();
    const full: KeyValueStore = {
      persistent: true,
      read: (k) => ({ ok: true, value: data.get(k) ?? null }),
      write: () => ({ ok: false, reason: 'quota' }),
      remove: () => undefined,
      keys: () => [],
    };
    const view = await renderApp('/profiles');
    setAppStore(full);
    const form = screen
      .getByRole('button', { name: 'Create and use this profile' })
      .closest('form')!;
    await view.user.type(within(form).getByLabelText('Name or initials (optional)'), 'Дана');
    await view.user.click(screen.getByRole('button', { name: 'Create and use this profile' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "This did not work: the device's storage is full. Nothing was changed.",
    );
    expect(reload).not.toHaveBeenCalled();
  });
});
