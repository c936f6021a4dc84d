import { act, render, screen } from '@testing-library/react';
import { Suspense, use } from 'react';

import { cached } from './loader';

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

  it('suspends until data not yet loaded arrives', async () => {
    let arrive: (value: { default: string }) => void = () => undefined;
    const load = () => new Promise<{ default: string }>((resolve) => (arrive = resolve));
    function Later() {
      return <p>{use(cached('later', load))}</p>;
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
    // A second screen reading the same load shows it at once, without the loading fallback.
    render(
      <Suspense fallback={<p>still loading</p>}>
        <Later />
      </Suspense>,
    );
    expect(screen.getAllByText('arrived')).toHaveLength(2);
    expect(screen.queryByText('still loading')).not.toBeInTheDocument();
  });
});
