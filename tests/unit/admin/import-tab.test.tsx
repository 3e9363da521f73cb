/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { NewsroomApi } from '../../../admin/src/api/newsroom';
import {
  BATCH_ID_PATTERN,
  type ImportReport,
  type ImportRequestBody,
} from '../../../shared/contracts';
import { ImportTab } from '../../../admin/src/pages/ImportTab';

import { invalidArticle, report, SEED_TITLE, seedArticle } from './fixtures';
import { renderWithProviders } from './render';

// userEvent on a busy 2-core machine easily takes more than Jest's default 5 s per test.
jest.setTimeout(30000);

const mockApi = {
  preview: jest.fn<Promise<ImportReport>, [ImportRequestBody]>(),
  import: jest.fn<Promise<ImportReport>, [ImportRequestBody]>(),
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

const forbidden = () =>
  Object.assign(new Error('Policy Failed'), {
    name: 'FetchError',
    status: 403,
    response: { data: { error: { status: 403, name: 'PolicyError', message: 'Policy Failed' } } },
  });

beforeEach(() => {
  window.localStorage.clear();
  mockApi.preview.mockReset();
  mockApi.import.mockReset();
});

// Whole flows typed and clicked through user-event: on a busy machine one takes longer than
// Jest's default 5 s.
jest.setTimeout(30_000);

describe('ImportTab', () => {
  it('pastes → previews (nothing written) → imports as published → links to the article', async () => {
    const user = userEvent.setup();
    mockApi.preview.mockImplementation(async (body) =>
      report(
        body.files.map((f) => seedArticle({ source: f.name })),
        { dryRun: true }
      )
    );
    mockApi.import.mockImplementation(async (body) =>
      report(
        body.files.map((f) =>
          seedArticle({ source: f.name, action: 'created', documentId: 'abc123' })
        )
      )
    );
    renderWithProviders(<ImportTab settings={SETTINGS} />);

    const preview = screen.getByRole('button', { name: 'Preview' });
    expect(preview).toBeDisabled();
    await user.type(screen.getByLabelText('Paste article text'), 'Title{enter}{enter}Body');
    await user.click(preview);

    expect(await screen.findByRole('heading', { name: SEED_TITLE })).toBeInTheDocument();
    expect(mockApi.preview).toHaveBeenCalledWith({
      files: [{ name: 'pasted-text', content: 'Title\n\nBody' }],
      status: 'draft',
    });
    expect(mockApi.import).not.toHaveBeenCalled();

    expect(screen.getByRole('radio', { name: 'Draft' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Publish' }));
    await user.click(screen.getByRole('button', { name: 'Import 1 file' }));

    const link = await screen.findByRole('link', { name: `${SEED_TITLE} (opens in a new tab)` });
    expect(link).toHaveAttribute(
      'href',
      '/content-manager/collection-types/plugin::newsroom.article/abc123'
    );
    expect(mockApi.import).toHaveBeenCalledWith({
      files: [{ name: 'pasted-text', content: 'Title\n\nBody' }],
      status: 'published',
      // One batch id for all the requests of the import: one History entry.
      batch: expect.stringMatching(BATCH_ID_PATTERN),
    });
    expect(screen.getByTestId('report-summary')).toHaveAttribute('data-result', 'success');
  });

  it('sends HTML pasted from a browser as a page, and says which format was read', async () => {
    const user = userEvent.setup();
    mockApi.preview.mockImplementation(async (body) =>
      report(
        body.files.map((f) => {
          const article = seedArticle({ source: f.name });
          return article.draft
            ? { ...article, draft: { ...article.draft, sourceMeta: { format: 'html' as const } } }
            : article;
        }),
        { dryRun: true }
      )
    );
    renderWithProviders(<ImportTab settings={SETTINGS} />);
    const box = screen.getByLabelText('Paste article text');
    const html = '<meta charset="utf-8"><h1>Title</h1><p>By Jane Roe</p><p>Body</p>';
    fireEvent.paste(box, {
      clipboardData: {
        getData: (type: string) =>
          type === 'text/html' ? html : type === 'text/plain' ? 'Title\nBy Jane Roe\nBody' : '',
      },
    });
    expect(box).toHaveValue('Title\nBy Jane Roe\nBody');
    expect(screen.getByTestId('pasted-html-note')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(await screen.findByTestId('preview-format')).toHaveTextContent('Read as: HTML page');
    expect(mockApi.preview).toHaveBeenCalledWith({
      files: [{ name: 'pasted-page.html', content: html }],
      status: 'draft',
    });
  });

  it('reads the plain text again once the pasted page is edited', async () => {
    const user = userEvent.setup();
    mockApi.preview.mockImplementation(async (body) =>
      report(
        body.files.map((f) => seedArticle({ source: f.name })),
        { dryRun: true }
      )
    );
    renderWithProviders(<ImportTab settings={SETTINGS} />);
    const box = screen.getByLabelText('Paste article text');
    fireEvent.paste(box, {
      clipboardData: {
        getData: (type: string) => (type === 'text/html' ? '<p>Body</p>' : 'Title'),
      },
    });
    await user.type(box, '{enter}{enter}Body');
    expect(screen.queryByTestId('pasted-html-note')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(await screen.findByTestId('preview-format')).toHaveTextContent('Read as: News text');
    expect(mockApi.preview).toHaveBeenCalledWith({
      files: [{ name: 'pasted-text', content: 'Title\n\nBody' }],
      status: 'draft',
    });
  });

  it('reads dropped files, sends them in chunks of 10 and shows the progress', async () => {
    const user = userEvent.setup();
    mockApi.preview.mockImplementation(async (body) =>
      report(body.files.map((f) => seedArticle({ source: f.name, title: f.name })))
    );
    const pending: Array<() => void> = [];
    mockApi.import.mockImplementation(
      (body) =>
        new Promise((resolve) => {
          pending.push(() =>
            resolve(
              report(
                body.files.map((f) =>
                  seedArticle({
                    source: f.name,
                    title: f.name,
                    action: 'created',
                    documentId: f.name,
                  })
                )
              )
            )
          );
        })
    );
    renderWithProviders(<ImportTab settings={SETTINGS} />);

    const files = Array.from(
      { length: 12 },
      (_, i) => new File([`Title ${i}\n\nBody ${i}`], `article-${i}.txt`, { type: 'text/plain' })
    );
    await user.upload(screen.getByTestId('file-input'), files.slice(0, 5));
    // Dropped files are not filtered by the picker: the wrong type is refused with a reason.
    fireEvent.drop(screen.getByTestId('file-drop-zone'), {
      dataTransfer: {
        files: [...files.slice(5), new File(['%PDF'], 'scan.pdf', { type: 'application/pdf' })],
      },
    });
    expect(
      await screen.findByText(
        'scan.pdf: only .txt, .md, .json and .html files, and JPEG, PNG, GIF, WebP or AVIF pictures, can be imported.'
      )
    ).toBeInTheDocument();
    // Collapsed to a count; the list on demand.
    expect(screen.getByTestId('file-count')).toHaveTextContent('12 files selected');
    expect(screen.queryByRole('list', { name: 'Selected files' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show the list' }));
    const list = screen.getByRole('list', { name: 'Selected files' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(12);

    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByText(/12 articles: 12 to create/);
    expect(mockApi.preview).toHaveBeenCalledTimes(2);
    expect(mockApi.preview.mock.calls[0][0].files[0]).toEqual({
      name: 'article-0.txt',
      content: 'Title 0\n\nBody 0',
    });

    await user.click(screen.getByRole('button', { name: 'Import 12 files' }));
    expect(await screen.findByText('Imported 0 of 12 articles')).toBeInTheDocument();
    pending.shift()?.();
    expect(await screen.findByText('Imported 10 of 12 articles')).toBeInTheDocument();
    await waitFor(() => expect(pending).toHaveLength(1));
    pending.shift()?.();
    expect(await screen.findByTestId('report-summary')).toHaveAttribute('data-result', 'success');
    expect(mockApi.import.mock.calls.map(([body]) => body.files.length)).toEqual([10, 2]);
    expect(screen.getAllByRole('link')).toHaveLength(12);
  });

  it('shows a refused import (403) as a failure with the server message', async () => {
    const user = userEvent.setup();
    mockApi.preview.mockResolvedValue(report([seedArticle({ source: 'pasted-text' })]));
    mockApi.import.mockRejectedValue(forbidden());
    renderWithProviders(<ImportTab settings={null} />);

    await user.type(screen.getByLabelText('Paste article text'), 'Title{enter}{enter}Body');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await user.click(await screen.findByRole('button', { name: 'Import 1 file' }));

    const summary = await screen.findByTestId('report-summary');
    expect(summary).toHaveAttribute('data-result', 'failure');
    expect(summary).toHaveTextContent('The import failed: nothing was imported');
    expect(screen.getByTestId('request-failure')).toHaveTextContent('PolicyError: Policy Failed');
    expect(screen.queryByText('Import finished')).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    // The row names the article the preview found, marked failed, not linked.
    const row = screen.getByTestId('report-row');
    expect(within(row).getByText(SEED_TITLE)).toBeInTheDocument();
    expect(within(row).getByText('Failed')).toBeInTheDocument();
    expect(row).toHaveTextContent('The request failed (HTTP 403)');

    // Closing the alerts hides them; the rows keep saying what failed.
    await user.click(
      within(screen.getByTestId('request-failure')).getByRole('button', { name: 'Close' })
    );
    expect(screen.queryByTestId('request-failure')).not.toBeInTheDocument();
    expect(within(row).getByText('Failed')).toBeInTheDocument();
  });

  it('leaves out files the preview found invalid and reports them as failed', async () => {
    const user = userEvent.setup();
    mockApi.preview.mockResolvedValue(
      report([seedArticle({ source: 'good.txt' }), invalidArticle({ source: 'broken.md' })])
    );
    mockApi.import.mockImplementation(async (body) =>
      report(
        body.files.map((f) =>
          seedArticle({ source: f.name, action: 'created', documentId: 'abc123' })
        )
      )
    );
    renderWithProviders(<ImportTab settings={SETTINGS} />);
    await user.upload(screen.getByTestId('file-input'), [
      new File(['Good\n\nBody'], 'good.txt'),
      new File(['---\ntitle: [\n---\n'], 'broken.md'),
    ]);
    await screen.findByText('good.txt');
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    expect(
      await screen.findByText(/Not imported, because of the errors below: broken\.md/)
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import 1 file' }));

    const summary = await screen.findByTestId('report-summary');
    expect(mockApi.import).toHaveBeenCalledWith({
      files: [{ name: 'good.txt', content: 'Good\n\nBody' }],
      status: 'draft',
      batch: expect.stringMatching(BATCH_ID_PATTERN),
      // The invalid file is not sent: the History lists it with the batch all the same.
      refused: [
        {
          file: 'broken.md',
          index: null,
          title: null,
          error: expect.objectContaining({ code: 'INVALID_FRONT_MATTER', line: 4 }),
        },
      ],
    });
    // Left out before sending, as the preview showed: not a failure of the import.
    expect(summary).toHaveAttribute('data-result', 'attention');
    expect(summary).toHaveTextContent('1 created, 0 updated');
    expect(summary).toHaveTextContent('Not sent: 1 left out as invalid (shown in the preview)');
    expect(screen.getByTestId('parse-error')).toHaveTextContent('Line 4:');
  });

  it('does not offer to import when the preview request failed', async () => {
    const user = userEvent.setup();
    mockApi.preview.mockRejectedValue(forbidden());
    renderWithProviders(<ImportTab settings={SETTINGS} />);
    await user.type(screen.getByLabelText('Paste article text'), 'x');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(await screen.findByTestId('request-failure')).toHaveTextContent('Policy Failed');
    expect(screen.getByRole('button', { name: /^Import/ })).toBeDisabled();
  });

  it('re-plans when the status changes after Preview, and Import waits for the new plan', async () => {
    const user = userEvent.setup();
    const answers: Array<(value: ImportReport) => void> = [];
    mockApi.preview.mockImplementation(
      () => new Promise<ImportReport>((resolve) => answers.push(resolve))
    );
    renderWithProviders(<ImportTab settings={SETTINGS} userId={7} />);
    // The status is chosen before Preview.
    expect(screen.getByRole('radio', { name: 'Draft' })).toBeChecked();
    await user.type(screen.getByLabelText('Paste article text'), 'Title{enter}{enter}Body');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    answers.shift()!(
      report([seedArticle({ source: 'pasted-text', action: 'unchanged', published: true })])
    );
    expect(await screen.findByTestId('plan-state')).toHaveTextContent(
      'Everything is up to date: nothing to import.'
    );
    expect(screen.getByRole('button', { name: 'Import 1 file' })).toBeDisabled();
    // In the row and in its (single, open) card.
    expect(within(screen.getByTestId('plan-row')).getByTestId('live-effect')).toHaveTextContent(
      'Unchanged: nothing is written'
    );

    // Publish: the draft is up to date, the published version is not: planned again.
    await user.click(screen.getByRole('radio', { name: 'Publish' }));
    await waitFor(() => expect(mockApi.preview).toHaveBeenCalledTimes(2));
    expect(mockApi.preview.mock.calls[1][0].status).toBe('published');
    expect(screen.getByTestId('plan')).toHaveAttribute('data-stale', 'true');
    expect(screen.getByRole('button', { name: 'Import 1 file' })).toBeDisabled();
    answers.shift()!(
      report([seedArticle({ source: 'pasted-text', action: 'update', published: true })])
    );
    expect(
      (await screen.findAllByText('Will update the published article on the site'))[0]
    ).toBeVisible();
    expect(screen.getByTestId('plan')).toHaveAttribute('data-stale', 'false');
    expect(screen.getByRole('button', { name: 'Import 1 file' })).toBeEnabled();
    // Remembered for this admin user.
    expect(window.localStorage.getItem('newsroom:import-status:7')).toBe('published');
  });

  it('re-plans after a pause in typing, not at every key', async () => {
    const user = userEvent.setup();
    mockApi.preview.mockImplementation(async (body) =>
      report(body.files.map((f) => seedArticle({ source: f.name })))
    );
    renderWithProviders(<ImportTab settings={SETTINGS} />);
    await user.type(screen.getByLabelText('Paste article text'), 'Title{enter}{enter}Body');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByTestId('plan-row');
    await user.type(screen.getByLabelText('Paste article text'), ' more');
    expect(screen.getByTestId('plan-state')).toHaveTextContent(
      'The input or the status changed: planning again…'
    );
    expect(screen.getByRole('button', { name: 'Import 1 file' })).toBeDisabled();
    await waitFor(() => expect(mockApi.preview).toHaveBeenCalledTimes(2));
    expect(mockApi.preview.mock.calls[1][0].files[0].content).toBe('Title\n\nBody more');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Import 1 file' })).toBeEnabled()
    );
    // The automatic re-plan leaves the focus where the editor types.
    expect(screen.getByLabelText('Paste article text')).toHaveFocus();
  });

  it('starts from the remembered status of this user, else the settings default', () => {
    window.localStorage.setItem('newsroom:import-status:7', 'published');
    const { unmount } = renderWithProviders(<ImportTab settings={SETTINGS} userId={7} />);
    expect(screen.getByRole('radio', { name: 'Publish' })).toBeChecked();
    unmount();
    renderWithProviders(<ImportTab settings={SETTINGS} userId={8} />);
    expect(screen.getByRole('radio', { name: 'Draft' })).toBeChecked();
  });

  it('moves the focus to the plan after Preview and to the report after Import', async () => {
    const user = userEvent.setup();
    mockApi.preview.mockImplementation(async (body) =>
      report(body.files.map((f) => seedArticle({ source: f.name })))
    );
    mockApi.import.mockImplementation(async (body) =>
      report(body.files.map((f) => seedArticle({ source: f.name, action: 'created' })))
    );
    renderWithProviders(<ImportTab settings={SETTINGS} />);
    await user.type(screen.getByLabelText('Paste article text'), 'Title{enter}{enter}Body');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: 'The plan: nothing is written until you import' })
      ).toHaveFocus()
    );
    await user.click(screen.getByRole('button', { name: 'Import 1 file' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Import report' })).toHaveFocus()
    );
  });

  it('cancels an import between two requests: the files not sent are not imported', async () => {
    const user = userEvent.setup();
    mockApi.preview.mockImplementation(async (body) =>
      report(body.files.map((f) => seedArticle({ source: f.name, title: f.name })))
    );
    const pending: Array<() => void> = [];
    mockApi.import.mockImplementation(
      (body) =>
        new Promise((resolve) => {
          pending.push(() =>
            resolve(
              report(
                body.files.map((f) =>
                  seedArticle({ source: f.name, title: f.name, action: 'created' })
                )
              )
            )
          );
        })
    );
    renderWithProviders(<ImportTab settings={SETTINGS} />);
    await user.upload(
      screen.getByTestId('file-input'),
      Array.from({ length: 15 }, (_, i) => new File([`T ${i}\n\nB`], `a-${i}.txt`))
    );
    await screen.findByText('15 files selected', { exact: false });
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await user.click(await screen.findByRole('button', { name: 'Import 15 files' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    pending.shift()?.();
    // Then the 5 files not sent are recorded in the import's History entry: names and sizes only.
    await waitFor(() => expect(mockApi.import).toHaveBeenCalledTimes(2));
    const record = mockApi.import.mock.calls[1][0];
    expect(record).toMatchObject({ files: [], batch: mockApi.import.mock.calls[0][0].batch });
    expect(record.unsent).toEqual(
      Array.from({ length: 5 }, (_, i) => ({
        file: `a-${i + 10}.txt`,
        bytes: `T ${i + 10}\n\nB`.length,
        reason: 'cancelled',
        status: null,
      }))
    );
    pending.shift()?.();
    const summary = await screen.findByTestId('report-summary');
    expect(mockApi.import).toHaveBeenCalledTimes(2);
    expect(summary).toHaveAttribute('data-result', 'attention');
    expect(summary).toHaveTextContent('10 created');
    expect(screen.getByTestId('import-cancelled')).toHaveTextContent(
      'Cancelled: 5 files were not sent'
    );
  });

  it('sends the pictures with the articles that name them, shows the cover from the browser, refuses a non-picture or a picture too large', async () => {
    const user = userEvent.setup();
    const created = jest.fn((picture: Blob) => `blob:picture-${picture.size}`);
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const withCover = (action: 'create' | 'created') =>
      report([
        seedArticle({
          source: 'a.md',
          title: 'Harbour',
          action,
          documentId: action === 'created' ? 'doc-a' : null,
          cover: {
            src: 'pics/a.png',
            alt: 'The harbour',
            from: 'upload',
            url: null,
            skipped: null,
          },
        }),
        seedArticle({ source: 'b.md', title: 'No picture', action }),
      ]);
    mockApi.preview.mockResolvedValue(withCover('create'));
    mockApi.import.mockResolvedValue(withCover('created'));
    renderWithProviders(<ImportTab settings={SETTINGS} />);

    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2])], 'a.png', {
      type: 'image/png',
    });
    const unused = new File([new Uint8Array(10)], 'unused.webp', { type: 'image/webp' });
    await user.upload(screen.getByTestId('file-input'), [
      new File(['---\ntitle: Harbour\ncover: pics/a.png\n---\n\nBody.'], 'a.md'),
      new File(['# No picture\n\nBody.'], 'b.md'),
      png,
      unused,
    ]);
    fireEvent.drop(screen.getByTestId('file-drop-zone'), {
      dataTransfer: {
        files: [
          new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' }),
          new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'huge.jpg', { type: 'image/jpeg' }),
        ],
      },
    });
    expect(
      await screen.findByText(/^logo\.svg: only \.txt, \.md, \.json and \.html files, and JPEG/)
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^huge\.jpg is larger than the 5 MB a picture can have/)
    ).toBeInTheDocument();
    expect(screen.getByTestId('file-count')).toHaveTextContent('2 files and 2 pictures selected');
    const unnamed = screen.getAllByTestId('picture-item');
    expect(unnamed.map((item) => item.textContent)).toEqual([
      expect.not.stringContaining('No article names'),
      expect.stringContaining('unused.webp'),
    ]);
    expect(unnamed[1]).toHaveTextContent('No article names this picture: it is not sent.');

    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await user.click(await screen.findByRole('button', { name: 'Harbour' }));
    const cover = await screen.findByRole('img', { name: 'The harbour' });
    expect(cover).toHaveAttribute('src', `blob:picture-${png.size}`);
    expect(screen.getByTestId('preview-cover-upload')).toHaveTextContent(
      'From the pictures chosen: pics/a.png'
    );
    // One request: the articles, and the one picture an article names.
    expect(mockApi.preview).toHaveBeenCalledTimes(1);
    const sent = mockApi.preview.mock.calls[0][0] as ImportRequestBody & {
      images?: { name: string; file: Blob }[];
    };
    expect(sent.files.map((file) => file.name)).toEqual(['a.md', 'b.md']);
    expect(sent.images).toEqual([{ name: 'a.png', file: png }]);

    await user.click(screen.getByRole('button', { name: 'Import 2 files' }));
    await screen.findByTestId('report-summary');
    const imported = mockApi.import.mock.calls[0][0] as typeof sent;
    expect(imported.images).toEqual([{ name: 'a.png', file: png }]);
  });
});
