import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';

import { cached, useCached } from './loader';

function Shows({ name }: { name: string }) {
  return <p>{useCached(name, () => Promise.resolve({ default: `value of ${name}` }))}</p>;
}

describe('content loader cache', () => {
  it('loads a key once, however often it is asked for', async () => {
    const load = vi.fn(() => Promise.resolve({ default: 1 }));
    await Promise.all([cached('once', load), cached('once', load)]);
    await cached('once', load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed load, so trying again loads again', async () => {
    const load = vi
      .fn<() => Promise<{ default: string }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ default: 'back' });
    await expect(cached('flaky', load)).rejects.toThrow('offline');
    await expect(cached('flaky', load)).resolves.toBe('back');
  });

  it('shows loaded data at once, without the loading fallback', async () => {
    await cached('ready', () => Promise.resolve({ default: 'value of ready' }));
    render(
      <Suspense fallback={<p>loading</p>}>
        <Shows name="ready" />
      </Suspense>,
    );
    expect(screen.getByText('value of ready')).toBeInTheDocument();
    expect(screen.queryByText('loading')).not.toBeInTheDocument();
  });

  it('suspends until data not yet loaded arrives', async () => {
    let arrive: (value: { default: string }) => void = () => undefined;
    const load = () => new Promise<{ default: string }>((resolve) => (arrive = resolve));
    function Later() {
      return <p>{useCached('later', load)}</p>;
    }
    await act(async () => {
      render(
        <Suspense fallback={<p>loading</p>}>
          <Later />
        </Suspense>,
      );
    });
    expect(screen.getByText('loading')).toBeInTheDocument();
    await act(async () => arrive({ default: 'arrived' }));
    expect(await screen.findByText('arrived')).toBeInTheDocument();
  });
});
