import { render, screen, within } from '@testing-library/react';
import { Suspense } from 'react';

import type { HelpContent } from '@/content/types';
import { i18n, initI18n } from '@/i18n/i18n';
import { renderApp } from '@/test/render-app';

import { Helplines } from './print-parts';

const help: HelpContent = {
  helplines: [
    {
      number: '102',
      name: 'Police',
      description: 'Call when someone is in danger.',
      sources: [{ title: 'eGov.kz', url: 'https://egov.kz/x', checked: '2026-11-28' }],
    },
  ],
  regional: [
    {
      number: '+7 7172 00 00 00',
      name: 'City crisis centre',
      description: 'Shelter and advice.',
      addedBy: 'Astana Children’s Home No. 2',
      checked: '2026-11-30',
    },
  ],
  referral: { steps: [], record: [] },
  roleGroups: {},
};

async function renderHelplines(content: HelpContent) {
  if (!i18n.isInitialized) await initI18n('en');
  else await i18n.changeLanguage('en');
  render(
    <Suspense fallback={null}>
      <Helplines help={content} />
    </Suspense>,
  );
  await screen.findByRole('heading', { name: 'Helplines' });
}

describe('helplines', () => {
  it('shows each verified helpline with its source and the date it was checked', async () => {
    await renderApp('/help');
    const police = screen.getByRole('link', { name: '102' }).closest('li') as HTMLElement;
    expect(within(police).getByText(/^Source:/)).toHaveTextContent(
      /^Source: .+ \(checked [^)]*20\d\d\)$/,
    );
  });

  it('shows contacts the organisation added in a group of their own, with who added them and when they were checked', async () => {
    await renderHelplines(help);
    expect(screen.getByRole('heading', { name: 'Added by your organisation' })).toBeInTheDocument();
    const centre = screen.getByRole('link', { name: '+7 7172 00 00 00' });
    expect(centre).toHaveAttribute('href', 'tel:+77172000000');
    expect(centre.closest('li')).toHaveTextContent(
      /Added by Astana Children’s Home No\. 2, checked November 30, 2026$/,
    );
    // Not mixed in with the verified lines.
    const lists = screen.getAllByRole('list');
    expect(within(lists[0]!).queryByText('City crisis centre')).toBeNull();
  });

  it('shows no organisation group when none were added', async () => {
    await renderHelplines({ ...help, regional: [] });
    expect(screen.queryByRole('heading', { name: 'Added by your organisation' })).toBeNull();
  });
});
