/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { HistoryPage, NewsroomApi } from '../../../admin/src/api/newsroom';
import type { HistoryFilters, ImportHistoryEntry } from '../../../shared/contracts';
import { HistoryTab } from '../../../admin/src/pages/HistoryTab';

import { invalidArticle, SEED_TITLE, seedArticle } from './fixtures';
import { renderWithProviders } from './render';

const mockApi = {
  history: jest.fn<Promise<HistoryPage>, [number, number, HistoryFilters?]>(),
};

jest.mock('../../../admin/src/api/useNewsroomApi', () => ({
  useNewsroomApi: () => mockApi as unknown as NewsroomApi,
}));

const entry = (id: number, overrides: Partial<ImportHistoryEntry> = {}): ImportHistoryEntry => ({
  id,
  createdAt: '2025-03-02T10:15:07.000Z',
  finishedAt: '2025-03-02T10:15:09.000Z',
  batch: 'b2a1c3d4-0000-4000-8000-000000000001',
  origin: 'admin',
  user: { id: 2, name: 'Esma Editor', email: 'editor@newsroom.test' },
  status: 'published',
  totals: { created: 1, updated: 0, unchanged: 0, conflicts: 0, forbidden: 0, failed: 1 },
  authors: { created: 1, reused: 0 },
  categories: { created: 0, reused: 1 },
  articles: [
    seedArticle({ action: 'created', documentId: 'abc123' }),
    { ...invalidArticle(), action: 'failed' },
  ],
  articlesOmitted: 0,
  durationMs: 1234,
  ...overrides,
});

beforeEach(() => mockApi.history.mockReset());

describe('HistoryTab', () => {
  it('lists past imports with who, when and counts, and expands one into its articles', async () => {
    mockApi.history.mockResolvedValue({
      entries: [entry(2), entry(1, { user: null, origin: 'cli', status: 'draft' })],
      users: [],
      pagination: { page: 1, pageSize: 10, pageCount: 1, total: 2 },
    });
    renderWithProviders(<HistoryTab />);

    const items = await screen.findAllByTestId('history-entry');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('by Esma Editor');
    expect(items[0]).toHaveTextContent(
      '1 created · 0 updated · 0 unchanged · 0 left as edited · 0 not allowed · 1 failed · Published'
    );
    expect(items[1]).toHaveTextContent('by Seed command');
    expect(items[1]).toHaveTextContent('Draft');
    expect(screen.getByText('Page 1 of 1 (2 imports)')).toBeInTheDocument();
    // The server leaves out runs that changed nothing: the page says so.
    expect(
      screen.getByText('Imports that changed nothing (every article unchanged) are not listed.')
    ).toBeInTheDocument();
    expect(mockApi.history).toHaveBeenCalledWith(1, 10, {});

    await userEvent.click(within(items[0]).getByRole('button', { name: /by Esma Editor/ }));
    const link = await within(items[0]).findByRole('link', {
      name: `${SEED_TITLE} (opens in a new tab)`,
    });
    expect(link).toHaveAttribute(
      'href',
      '/content-manager/collection-types/plugin::newsroom.article/abc123'
    );
    expect(within(items[0]).getByTestId('parse-error')).toHaveTextContent('Line 4:');
    expect(within(items[0]).getByText(/Took 1\.2 s/)).toBeInTheDocument();
    expect(within(items[0]).queryByText(/more articles/)).not.toBeInTheDocument();
  });

  it('says how many articles of a large import the history left out', async () => {
    mockApi.history.mockResolvedValue({
      entries: [entry(3, { articlesOmitted: 9800 })],
      users: [],
      pagination: { page: 1, pageSize: 10, pageCount: 1, total: 1 },
    });
    renderWithProviders(<HistoryTab />);
    const [item] = await screen.findAllByTestId('history-entry');
    await userEvent.click(within(item).getByRole('button', { name: /by Esma Editor/ }));
    expect(
      await within(item).findByText(
        'And 9800 more articles: the history keeps the first lines of an import, the counts include them all.'
      )
    ).toBeInTheDocument();
    // The article's link and the Content Manager list link.
    expect(within(item).getAllByRole('link')).toHaveLength(2);
  });

  it('pages through older imports', async () => {
    mockApi.history.mockImplementation(async (page) => ({
      entries: [entry(page)],
      pagination: { page, pageSize: 10, pageCount: 2, total: 11 },
      users: [],
    }));
    renderWithProviders(<HistoryTab />);
    await screen.findByText('Page 1 of 2 (11 imports)');
    expect(screen.getByRole('button', { name: 'Newer' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Older' }));
    await screen.findByText('Page 2 of 2 (11 imports)');
    expect(mockApi.history).toHaveBeenLastCalledWith(2, 10, {});
    expect(screen.getByRole('button', { name: 'Older' })).toBeDisabled();
  });

  it('says so when there is no import yet', async () => {
    mockApi.history.mockResolvedValue({
      entries: [],
      users: [],
      pagination: { page: 1, pageSize: 10, pageCount: 0, total: 0 },
    });
    renderWithProviders(<HistoryTab />);
    expect(await screen.findByText('No imports yet.')).toBeInTheDocument();
  });

  it('shows a failed request with the server message and lets the user retry', async () => {
    mockApi.history
      .mockRejectedValueOnce(
        Object.assign(new Error('boom'), {
          status: 500,
          response: {
            data: {
              error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error' },
            },
          },
        })
      )
      .mockResolvedValueOnce({
        entries: [entry(1)],
        users: [],
        pagination: { page: 1, pageSize: 10, pageCount: 1, total: 1 },
      });
    renderWithProviders(<HistoryTab />);
    expect(await screen.findByTestId('request-failure')).toHaveTextContent(
      'The request failed (HTTP 500)InternalServerError: Internal Server Error'
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByTestId('history-entry')).toHaveLength(1);
  });

  it('shows one import batch: to the second, the refused files marked, a Content Manager link to its articles', async () => {
    mockApi.history.mockResolvedValue({
      entries: [
        entry(4, {
          articles: [
            {
              ...invalidArticle(),
              action: 'failed',
              documentId: null,
              refused: true,
            },
            seedArticle({ action: 'created', documentId: 'doc-a' }),
            seedArticle({
              action: 'unchanged',
              documentId: 'doc-b',
              source: 'b.txt',
              file: 'b.txt',
            }),
            seedArticle({ action: 'updated', documentId: 'doc-a', source: 'c.txt', file: 'c.txt' }),
          ],
        }),
      ],
      users: [],
      pagination: { page: 1, pageSize: 10, pageCount: 1, total: 1 },
    });
    renderWithProviders(<HistoryTab />);
    const [item] = await screen.findAllByTestId('history-entry');
    // 10:15:07 UTC, shown in the test's time zone with its seconds and the month in words.
    expect(item).toHaveTextContent(/March 2, 2025.*:15:07/);
    await userEvent.click(within(item).getByRole('button', { name: /by Esma Editor/ }));
    expect(
      await within(item).findByText('Not sent: the preview found this file invalid.')
    ).toBeInTheDocument();
    expect(within(item).getByText(/4 files listed below/)).toBeInTheDocument();
    const open = within(item).getByRole('link', {
      name: 'Open these 2 articles in the Content Manager (opens in a new tab)',
    });
    const href = open.getAttribute('href') ?? '';
    expect(href.startsWith('/content-manager/collection-types/plugin::newsroom.article?')).toBe(
      true
    );
    const query = new URLSearchParams(href.split('?')[1]);
    expect(query.get('filters[$and][0][documentId][$in][0]')).toBe('doc-a');
    expect(query.get('filters[$and][0][documentId][$in][1]')).toBe('doc-b');
    expect(query.get('filters[$and][0][documentId][$in][2]')).toBeNull();
  });

  it('filters by date, says so when nothing matches, and clears the filters', async () => {
    // (The who and result selects are driven in the browser test: Radix selects need a real
    // browser's pointer events.)
    mockApi.history.mockImplementation(async (_page, _size, filters = {}) => ({
      entries: filters.from ? [] : [entry(1)],
      users: [{ id: 2, name: 'Esma Editor', email: 'editor@newsroom.test' }],
      pagination: { page: 1, pageSize: 10, pageCount: 1, total: filters.from ? 0 : 1 },
    }));
    renderWithProviders(<HistoryTab />);
    await screen.findAllByTestId('history-entry');

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-29' } });
    expect(await screen.findByText('No imports match these filters.')).toBeInTheDocument();
    expect(mockApi.history).toHaveBeenLastCalledWith(1, 10, {
      from: new Date(2026, 10, 29).toISOString(),
    });

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await screen.findAllByTestId('history-entry');
    expect(mockApi.history).toHaveBeenLastCalledWith(1, 10, {});
  });
});
