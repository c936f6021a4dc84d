import { screen } from '@testing-library/react';

import { renderApp } from '@/test/render-app';

describe('scanning codes with the camera', () => {
  it('says the camera could not be opened where the browser offers none (plain http)', async () => {
    // jsdom, like a page served over plain http, has no navigator.mediaDevices.
    expect(navigator.mediaDevices).toBeUndefined();
    const view = await renderApp('/seminar/results');
    await view.user.click(
      screen.getAllByRole('button', { name: 'Scan codes with the camera' })[0]!,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('The camera could not be opened.');
    expect(screen.getByRole('button', { name: 'Stop the camera' })).toBeInTheDocument();
  });
});
