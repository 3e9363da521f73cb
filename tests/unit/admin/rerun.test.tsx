/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { NewsroomApi } from '../../../admin/src/api/newsroom';
import { BatchReport, type LiveReport } from '../../../admin/src/components/BatchReport';
import { SiteContext } from '../../../admin/src/components/SiteContext';
import { ImportTab } from '../../../admin/src/pages/ImportTab';
import type {
  ImportHistoryEntry,
  ImportReport,
  ImportRequestBody,
} from '../../../shared/contracts';
import type { ImportStart } from '../../../admin/src/utils/rerun';

import { invalidArticle, report, SEED_TITLE, seedArticle } from './fixtures';
import { renderWithProviders } from './render';

jest.setTimeout(30_000);

const mockApi = {
  preview: jest.fn<Promise<ImportReport>, [ImportRequestBody]>(),
  import: jest.fn<Promise<ImportReport>, [ImportRequestBody]>(),
  history: jest.fn(),
};

jest.mock('../../../admin/src/api/useNewsroomApi', () => ({
  useNewsroomApi: () => mockApi as unknown as NewsroomApi,
}));

const SETTINGS = {
  defaultStatus: 'draft' as const,
  wordsPerMinute: 200,
  maxImportBytes: 5 * 1024 * 1024,
  publicRead: false,
};
const BATCH = 'b2a1c3d4-0000-4000-8000-000000000001';
const NEW_TAB = '(opens in a new tab)';
const writeFailed = { message: 'SQLITE_CONSTRAINT: refused', line: null, code: 'WRITE_FAILED' };

beforeEach(() => {
  window.localStorage.clear();
  mockApi.preview.mockReset();
  mockApi.import.mockReset();
  mockApi.history.mockReset();
});

const noop = () => undefined;

/** The report of `batch` (the live one when given), with no-op actions but the re-run. */
const renderReport = (
  live: LiveReport | null,
  onRerun: (start: ImportStart) => void = noop,
  batch = live?.batch ?? BATCH
) =>
  renderWithProviders(
    <BatchReport
      batch={batch}
      live={live}
      onBackToEditing={noop}
      onStartOver={noop}
      onShowAll={noop}
      onRerun={onRerun}
    />
  );

/** The History answers with this one entry. */
const historyHas = (entry: unknown) =>
  mockApi.history.mockResolvedValue({
    entries: [entry],
    users: [],
    pagination: { page: 1, pageSize: 10, pageCount: 1, total: 1 },
  });

describe('re-running the failed files of an import just run', () => {
  const live = (): LiveReport => ({
    batch: BATCH,
    titles: new Map(),
    outcome: {
      report: report([
        seedArticle({ source: 'good.txt', action: 'created', documentId: 'abc123' }),
        seedArticle({
          source: 'locked.txt',
          title: 'Locked story',
          action: 'failed',
          documentId: null,
          error: writeFailed,
        }),
      ]),
      failures: [],
      skipped: [{ ...invalidArticle({ source: 'broken.md' }), action: 'failed' }],
      totalFiles: 3,
    },
    retry: [{ name: 'locked.txt', content: 'Locked story\n\nBody' }],
  });

  it('offers to re-run the failed file with its content, and names the file to fix', async () => {
    const onRerun = jest.fn<void, [ImportStart]>();
    renderReport(live(), onRerun);
    const actions = screen.getByTestId('rerun-actions');
    expect(actions).toHaveTextContent(
      'Plans locked.txt again on the Import tab, alone: nothing is written until you import.'
    );
    // The invalid file would fail the same way: not re-run, named with what to do.
    expect(within(actions).getByTestId('needs-editing')).toHaveTextContent(
      'Not re-run, it needs editing first (the reason is in its line below): broken.md. Fix it, then choose it again on the Import tab.'
    );
    await userEvent.click(screen.getByRole('button', { name: 'Re-run the failed file' }));
    expect(onRerun).toHaveBeenCalledWith({
      kind: 'files',
      batch: BATCH,
      files: [{ name: 'locked.txt', content: 'Locked story\n\nBody' }],
    });
  });

  it('offers nothing to re-run when nothing failed', () => {
    renderWithProviders(
      <BatchReport
        batch={BATCH}
        live={{
          batch: BATCH,
          titles: new Map(),
          outcome: {
            report: report([seedArticle({ action: 'created', documentId: 'abc123' })]),
            failures: [],
            totalFiles: 1,
          },
          retry: [],
        }}
        onBackToEditing={noop}
        onStartOver={noop}
        onShowAll={noop}
        onRerun={noop}
      />
    );
    expect(screen.queryByTestId('rerun-actions')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Re-run/ })).not.toBeInTheDocument();
  });

  it('tells screen readers that each report link opens a new tab', () => {
    renderWithProviders(
      <SiteContext.Provider
        value={{ url: 'https://news.example.com', articlePath: '/articles/:slug' }}
      >
        <BatchReport
          batch={BATCH}
          live={live()}
          onBackToEditing={noop}
          onStartOver={noop}
          onShowAll={noop}
          onRerun={noop}
        />
      </SiteContext.Provider>
    );
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAccessibleName(expect.stringMatching(/ \(opens in a new tab\)$/));
    }
    expect(links[0]).toHaveAccessibleName(`${SEED_TITLE} ${NEW_TAB}`);
    expect(links[1]).toHaveAccessibleName(`View “${SEED_TITLE}” on the site ${NEW_TAB}`);
    // Seen, the title alone: the hint is for screen readers.
    expect(within(links[0]).getByText(NEW_TAB)).toHaveStyle({ position: 'absolute' });
  });

  it('the Import tab plans exactly those files at once, then imports them in a new batch', async () => {
    const user = userEvent.setup();
    mockApi.preview.mockImplementation(async (body) =>
      report(body.files.map((f) => seedArticle({ source: f.name, title: 'Locked story' })))
    );
    mockApi.import.mockImplementation(async (body) =>
      report(
        body.files.map((f) =>
          seedArticle({
            source: f.name,
            title: 'Locked story',
            action: 'created',
            documentId: 'x1',
          })
        )
      )
    );
    const onImported = jest.fn<void, [LiveReport]>();
    renderWithProviders(
      <ImportTab
        settings={SETTINGS}
        onImported={onImported}
        start={{
          kind: 'files',
          batch: BATCH,
          files: [{ name: 'locked.txt', content: 'Locked story\n\nBody' }],
        }}
      />
    );
    expect(screen.getByTestId('rerun-notice')).toHaveTextContent(
      'Re-run of the file whose import failed: locked.txt. Planned again below, alone; nothing is written until you import.'
    );
    // Planned without a click: the user asked for the re-run.
    await screen.findByText(/1 article: 1 to create/);
    expect(mockApi.preview).toHaveBeenCalledTimes(1);
    expect(mockApi.preview.mock.calls[0][0].files).toEqual([
      { name: 'locked.txt', content: 'Locked story\n\nBody' },
    ]);

    await user.click(screen.getByRole('button', { name: 'Import 1 file' }));
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(mockApi.import).toHaveBeenCalledTimes(1);
    const body = mockApi.import.mock.calls[0][0];
    expect(body.files).toEqual([{ name: 'locked.txt', content: 'Locked story\n\nBody' }]);
    // Its own batch: one History entry per import, the first one left as it was.
    expect(body.batch).not.toBe(BATCH);
  });

  it('hands the failed files of an import, with their contents, to the report', async () => {
    const user = userEvent.setup();
    mockApi.preview.mockImplementation(async (body) =>
      report(body.files.map((f) => seedArticle({ source: f.name, title: f.name })))
    );
    mockApi.import.mockImplementation(async (body) =>
      report(
        body.files.map((f) =>
          f.name === 'locked.txt'
            ? seedArticle({ source: f.name, action: 'failed', error: writeFailed })
            : seedArticle({ source: f.name, action: 'created', documentId: f.name })
        )
      )
    );
    const onImported = jest.fn<void, [LiveReport]>();
    renderWithProviders(<ImportTab settings={SETTINGS} onImported={onImported} />);
    await user.upload(screen.getByTestId('file-input'), [
      new File(['Good\n\nBody'], 'good.txt'),
      new File(['Locked\n\nBody'], 'locked.txt'),
    ]);
    await screen.findByText('locked.txt');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await user.click(await screen.findByRole('button', { name: 'Import 2 files' }));
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(onImported.mock.calls[0][0].retry).toEqual([
      { name: 'locked.txt', content: 'Locked\n\nBody' },
    ]);
  });
});

describe('choosing the failed files of a past import again', () => {
  const start: ImportStart = {
    kind: 'expected',
    batch: BATCH,
    createdAt: '2025-03-02T10:15:07.000Z',
    names: ['locked.txt', 'broken.md'],
    unlisted: 0,
  };

  it('lists the names to choose, marks those chosen and flags files not among them', async () => {
    const user = userEvent.setup();
    mockApi.preview.mockImplementation(async (body) =>
      report(body.files.map((f) => seedArticle({ source: f.name })))
    );
    renderWithProviders(<ImportTab settings={SETTINGS} start={start} />);
    const notice = screen.getByTestId('rerun-notice');
    expect(within(notice).getByRole('heading')).toHaveTextContent('Choose the failed files again');
    expect(notice).toHaveTextContent(
      /The import of March 2, 2025.* could not import these 2 files\. The history keeps what happened to each file, not its content/
    );
    const list = within(notice).getByRole('list', { name: 'Failed files to choose again' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent)
    ).toEqual(['locked.txt: not chosen yet', 'broken.md: not chosen yet']);
    // Nothing is planned before the files are here.
    expect(mockApi.preview).not.toHaveBeenCalled();

    await user.upload(screen.getByTestId('file-input'), [
      new File(['Locked\n\nBody'], 'locked.txt'),
      new File(['Other\n\nBody'], 'other.txt'),
    ]);
    await within(notice).findByText('locked.txt: chosen');
    expect(within(notice).getByText('broken.md: not chosen yet')).toBeInTheDocument();
    expect(within(notice).getByTestId('expected-count')).toHaveTextContent('1 of 2 chosen.');
    expect(within(notice).getByTestId('unexpected-files')).toHaveTextContent(
      'Not among the failed files of that import: other.txt. Remove it unless you mean to import it too.'
    );

    await user.upload(screen.getByTestId('file-input'), [
      new File(['---\ntitle: Fixed\n---\n\nBody'], 'broken.md'),
    ]);
    await within(notice).findByText('broken.md: chosen');
    expect(within(notice).getByTestId('expected-count')).toHaveTextContent('All 2 chosen.');

    await user.click(within(notice).getByRole('button', { name: 'Forget this list' }));
    expect(screen.queryByTestId('rerun-notice')).not.toBeInTheDocument();
  });

  it('the History entry of a past import opens that list', async () => {
    const entry: ImportHistoryEntry = {
      id: 4,
      createdAt: '2025-03-02T10:15:07.000Z',
      finishedAt: '2025-03-02T10:15:09.000Z',
      batch: BATCH,
      origin: 'admin',
      user: { id: 2, name: 'Esma Editor', email: 'editor@newsroom.test' },
      status: 'published',
      totals: { created: 1, updated: 0, unchanged: 0, conflicts: 0, forbidden: 0, failed: 2 },
      authors: { created: 0, reused: 1 },
      categories: { created: 0, reused: 1 },
      articles: [
        seedArticle({ source: 'good.txt', action: 'created', documentId: 'abc123' }),
        seedArticle({ source: 'locked.txt', action: 'failed', error: writeFailed }),
        { ...invalidArticle({ source: 'broken.md' }), action: 'failed', refused: true },
      ],
      articlesOmitted: 0,
      durationMs: 900,
    };
    historyHas(entry);
    const onRerun = jest.fn<void, [ImportStart]>();
    renderReport(null, onRerun);
    const choose = await screen.findByRole('button', { name: 'Choose the 2 failed files again' });
    expect(screen.getByTestId('choose-again')).toHaveTextContent(
      'The history keeps what happened to each file, not its content: the Import tab lists the names to choose again.'
    );
    // The History's links say they open a new tab too.
    expect(
      screen.getByRole('link', { name: `Open this article in the Content Manager ${NEW_TAB}` })
    ).toBeInTheDocument();
    await userEvent.click(choose);
    expect(onRerun).toHaveBeenCalledWith({
      kind: 'expected',
      batch: BATCH,
      createdAt: entry.createdAt,
      names: ['locked.txt', 'broken.md'],
      unlisted: 0,
    });
  });
});

describe('files whose request failed as a whole, in the History', () => {
  const serverError = (status: number) =>
    Object.assign(new Error(`Request failed with status code ${status}`), {
      status,
      response: {
        data: { data: null, error: { status, name: 'InternalServerError', message: 'boom' } },
      },
    });

  const importTwo = async (onImported: jest.Mock<void, [LiveReport]>) => {
    const user = userEvent.setup();
    mockApi.preview.mockImplementation(async (body) =>
      report(body.files.map((f) => seedArticle({ source: f.name, title: f.name })))
    );
    renderWithProviders(<ImportTab settings={SETTINGS} onImported={onImported} />);
    await user.upload(screen.getByTestId('file-input'), [
      new File(['Good\n\nBody'], 'good.txt'),
      new File(['Other\n\nBody çə'], 'other.txt'),
    ]);
    await screen.findByText('other.txt');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await user.click(await screen.findByRole('button', { name: 'Import 2 files' }));
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
  };

  it('records the files of a request the server failed in the batch, without their content', async () => {
    mockApi.import
      .mockRejectedValueOnce(serverError(500))
      .mockImplementation(async () => report([]));
    const onImported = jest.fn<void, [LiveReport]>();
    await importTwo(onImported);
    expect(mockApi.import).toHaveBeenCalledTimes(2);
    const [[sent], [record]] = mockApi.import.mock.calls;
    expect(record).toEqual({
      files: [],
      status: 'draft',
      batch: sent.batch,
      unsent: [
        { file: 'good.txt', bytes: 10, reason: 'request-failed', status: 500 },
        { file: 'other.txt', bytes: 16, reason: 'request-failed', status: 500 },
      ],
    });
    expect(onImported.mock.calls[0][0].outcome.history).toEqual({
      recorded: 2,
      missing: [],
      failure: null,
    });
  });

  it('says the History may be incomplete when recording them fails too', async () => {
    mockApi.import.mockRejectedValue(serverError(503));
    const onImported = jest.fn<void, [LiveReport]>();
    await importTwo(onImported);
    const live = onImported.mock.calls[0][0];
    renderReport(live);
    expect(screen.getByTestId('history-incomplete')).toHaveTextContent(
      'The History may be incomplete: 2 files without an outcome could not be recorded in it (The request failed (HTTP 503)): good.txt, other.txt. This report lists them; keep it open to re-run them.'
    );
  });

  it('lists them with their reason, and offers them again (those of unknown outcome with a warning)', async () => {
    const line = (
      source: string,
      action: 'failed' | 'unknown',
      unsent: NonNullable<ImportHistoryEntry['articles'][number]['unsent']>
    ): ImportHistoryEntry['articles'][number] => ({
      ...seedArticle({ source, documentId: null, title: null }),
      action,
      unsent,
    });
    const entry: ImportHistoryEntry = {
      id: 5,
      createdAt: '2025-03-02T10:15:07.000Z',
      finishedAt: '2025-03-02T10:15:09.000Z',
      batch: BATCH,
      origin: 'admin',
      user: { id: 2, name: 'Esma Editor', email: 'editor@newsroom.test' },
      status: 'draft',
      totals: {
        created: 1,
        updated: 0,
        unchanged: 0,
        conflicts: 0,
        forbidden: 0,
        failed: 2,
        unknown: 1,
      },
      authors: { created: 0, reused: 1 },
      categories: { created: 0, reused: 1 },
      articles: [
        seedArticle({ source: 'good.txt', action: 'created', documentId: 'abc123' }),
        line('five.txt', 'failed', { bytes: 10, reason: 'request-failed', status: 500 }),
        line('later.txt', 'failed', { bytes: 10, reason: 'cancelled', status: null }),
        line('slow.txt', 'unknown', { bytes: 10, reason: 'timeout', status: 504 }),
      ],
      articlesOmitted: 0,
      durationMs: 900,
    };
    historyHas(entry);
    const onRerun = jest.fn<void, [ImportStart]>();
    renderReport(null, onRerun);
    const choose = await screen.findByRole('button', { name: 'Choose the 3 failed files again' });
    expect(screen.getAllByTestId('unsent-reason').map((reason) => reason.textContent)).toEqual([
      'Not imported: its request failed (the server answered 500). Nothing of it was written.',
      'Not sent: the import was cancelled before its request. Nothing of it was written.',
      'Outcome unknown: the request did not answer in time (a gateway answered 504). The server may have imported it all the same: check the articles.',
    ]);
    expect(screen.getByText('Outcome unknown')).toBeInTheDocument();
    expect(
      screen.getByText(/1 file of unknown outcome \(the request did not answer\)/)
    ).toBeInTheDocument();
    expect(screen.getByTestId('choose-again-unknown')).toHaveTextContent(
      'slow.txt is of unknown outcome and may already be imported: check the articles. Importing it again is safe — the preview plans what is already there as unchanged.'
    );
    await userEvent.click(choose);
    expect(onRerun).toHaveBeenCalledWith({
      kind: 'expected',
      batch: BATCH,
      createdAt: entry.createdAt,
      names: ['five.txt', 'later.txt', 'slow.txt'],
      unlisted: 0,
    });
  });
});
