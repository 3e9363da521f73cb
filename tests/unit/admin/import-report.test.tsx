/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';

import { createNewsroomApi, type HttpClient } from '../../../admin/src/api/newsroom';
import { ImportReportView } from '../../../admin/src/components/ImportReport';
import { SiteContext } from '../../../admin/src/components/SiteContext';
import type { ImportFile } from '../../../shared/contracts';
import { runInChunks, type BatchOutcome } from '../../../admin/src/utils/chunks';

import { invalidArticle, report, SEED_TITLE, seedArticle } from './fixtures';
import { renderWithProviders } from './render';

const EDIT_PATH = '/content-manager/collection-types/plugin::newsroom.article/abc123';

const created = () => seedArticle({ action: 'created', documentId: 'abc123', source: 'seed.txt' });

/** A fetch client whose POST answers from `answer` (throwing = a failed request). */
const fakeClient = (answer: (url: string, body: unknown) => unknown): HttpClient => {
  const post = jest.fn(async (url: string, body?: unknown) => ({ data: answer(url, body) }));
  const unused = jest.fn(async () => {
    throw new Error('not used');
  });
  return { get: unused, put: unused, post } as unknown as HttpClient;
};

/** What the admin's fetch client throws for a non-2xx answer with the Strapi error shape. */
const httpError = (status: number, name: string, message: string, details: unknown = {}) =>
  Object.assign(new Error(message), {
    name: 'FetchError',
    status,
    response: { data: { data: null, error: { status, name, message, details } } },
  });

const files = (...names: string[]): ImportFile[] => names.map((name) => ({ name, content: 'x' }));

const runImport = (client: HttpClient, list: ImportFile[]): Promise<BatchOutcome> =>
  runInChunks(list, {
    status: 'published',
    send: createNewsroomApi(client).import,
    chunkSize: 10,
  });

const summary = () => screen.getByTestId('report-summary');

describe('ImportReportView', () => {
  it('links each imported article to its Content Manager edit view, in a new tab', () => {
    renderWithProviders(
      <ImportReportView outcome={{ report: report([created()]), failures: [], totalFiles: 1 }} />
    );

    expect(summary()).toHaveAttribute('data-result', 'success');
    expect(summary()).toHaveTextContent('Import finished');
    expect(summary()).toHaveTextContent(
      '1 created, 0 updated, 0 unchanged, 0 left as edited, 0 not allowed, 0 failed'
    );
    const row = screen.getByTestId('report-row');
    expect(within(row).getByText('Created')).toBeInTheDocument();
    const link = within(row).getByRole('link', { name: `${SEED_TITLE} (opens in a new tab)` });
    expect(link).toHaveAttribute('href', EDIT_PATH);
    // A new tab: the report stays where it is.
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // No site configured: no "View on site".
    expect(within(row).queryByTestId('view-on-site')).not.toBeInTheDocument();
  });

  it('links a published article to its page on the site when a site URL is set', () => {
    renderWithProviders(
      <SiteContext.Provider
        value={{ url: 'https://news.example.com', articlePath: '/articles/:slug' }}
      >
        <ImportReportView
          outcome={{
            report: report([
              created(),
              seedArticle({ action: 'conflict', documentId: 'def456', title: 'Edited' }),
            ]),
            failures: [],
            totalFiles: 2,
          }}
        />
      </SiteContext.Provider>
    );
    const [published, conflict] = screen.getAllByTestId('report-row');
    const onSite = within(published).getByRole('link', {
      name: `View “${SEED_TITLE}” on the site (opens in a new tab)`,
    });
    expect(onSite).toHaveAttribute(
      'href',
      'https://news.example.com/articles/azerbaijan-iran-relations-at-high-level-iranian-official'
    );
    expect(onSite).toHaveAttribute('target', '_blank');
    // Left as the editor left it: what the site shows is not the import's to say.
    expect(within(conflict).queryByTestId('view-on-site')).not.toBeInTheDocument();
  });

  it('links nothing on the site for a draft import', () => {
    renderWithProviders(
      <SiteContext.Provider
        value={{ url: 'https://news.example.com', articlePath: '/articles/:slug' }}
      >
        <ImportReportView
          outcome={{
            report: report([created()], { status: 'draft' }),
            failures: [],
            totalFiles: 1,
          }}
        />
      </SiteContext.Provider>
    );
    expect(screen.queryByTestId('view-on-site')).not.toBeInTheDocument();
  });

  it('shows an unchanged re-import as unchanged, still linked', () => {
    renderWithProviders(
      <ImportReportView
        outcome={{
          report: report([seedArticle({ action: 'unchanged', documentId: 'abc123' })]),
          failures: [],
          totalFiles: 1,
        }}
      />
    );
    expect(summary()).toHaveAttribute('data-result', 'success');
    expect(within(screen.getByTestId('report-row')).getByText('Unchanged')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: `${SEED_TITLE} (opens in a new tab)` })
    ).toHaveAttribute('href', EDIT_PATH);
  });

  it('shows a failed request (500) as a failure with the server message, never as success', async () => {
    const outcome = await runImport(
      fakeClient(() => {
        throw httpError(500, 'ApplicationError', 'Database is locked');
      }),
      files('a.txt', 'b.txt')
    );
    renderWithProviders(<ImportReportView outcome={outcome} />);

    expect(summary()).toHaveAttribute('data-result', 'failure');
    expect(summary()).toHaveTextContent('The import failed: nothing was imported');
    expect(summary()).toHaveTextContent(
      '0 created, 0 updated, 0 unchanged, 0 left as edited, 0 not allowed, 2 failed'
    );
    expect(screen.queryByText('Import finished')).not.toBeInTheDocument();
    const alert = screen.getByTestId('request-failure');
    expect(alert).toHaveTextContent('The request failed (HTTP 500)');
    expect(alert).toHaveTextContent('ApplicationError: Database is locked');
    expect(alert).toHaveTextContent('Not imported: a.txt, b.txt');
    const rows = screen.getAllByTestId('report-row');
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(within(row).getByText('Failed')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows a 403 as a failure and stops sending the remaining chunks', async () => {
    const client = fakeClient(() => {
      throw httpError(403, 'ForbiddenError', 'Forbidden');
    });
    const list = files(...Array.from({ length: 25 }, (_, i) => `f${i}.txt`));
    const outcome = await runImport(client, list);
    expect(client.post).toHaveBeenCalledTimes(1);
    renderWithProviders(<ImportReportView outcome={outcome} />);
    expect(summary()).toHaveAttribute('data-result', 'failure');
    expect(screen.getByTestId('request-failure')).toHaveTextContent(
      'The request failed (HTTP 403)'
    );
    expect(screen.getByTestId('request-failure')).toHaveTextContent('ForbiddenError: Forbidden');
    expect(screen.getAllByTestId('report-row')).toHaveLength(25);
  });

  it('shows a network failure as a failure', async () => {
    const outcome = await runImport(
      fakeClient(() => {
        throw new TypeError('Failed to fetch');
      }),
      files('a.txt')
    );
    renderWithProviders(<ImportReportView outcome={outcome} />);
    expect(summary()).toHaveAttribute('data-result', 'failure');
    expect(screen.getByTestId('request-failure')).toHaveTextContent(
      'The server could not be reached'
    );
    expect(screen.getByTestId('request-failure')).toHaveTextContent('Failed to fetch');
  });

  it('treats a 2xx answer without a report as a failure', async () => {
    const outcome = await runImport(
      fakeClient(() => ({})),
      files('a.txt')
    );
    renderWithProviders(<ImportReportView outcome={outcome} />);
    expect(summary()).toHaveAttribute('data-result', 'failure');
    expect(screen.getByTestId('request-failure')).toHaveTextContent(
      'The server sent an answer the admin cannot read'
    );
  });

  it('reports a partly failed batch: the good chunk linked, the refused one with its line numbers', async () => {
    let call = 0;
    const client = fakeClient(() => {
      call += 1;
      if (call === 1) return { data: report([created()]) };
      throw httpError(
        400,
        'ValidationError',
        '1 of 1 articles cannot be imported, so nothing was imported.',
        {
          errors: [{ source: 'f10.md', message: 'The title is missing', line: 3, column: null }],
        }
      );
    });
    const list = files(...Array.from({ length: 11 }, (_, i) => `f${i}.md`));
    const outcome = await runImport(client, list);
    renderWithProviders(<ImportReportView outcome={outcome} />);

    expect(summary()).toHaveAttribute('data-result', 'failure');
    expect(summary()).toHaveTextContent('The import finished with errors: 1 of 2 failed');
    expect(
      screen.getByRole('link', { name: `${SEED_TITLE} (opens in a new tab)` })
    ).toHaveAttribute('href', EDIT_PATH);
    const failedRow = screen
      .getAllByTestId('report-row')
      .find((row) => within(row).queryAllByText('f10.md').length > 0);
    expect(failedRow).toBeDefined();
    expect(within(failedRow as HTMLElement).getByText('Failed')).toBeInTheDocument();
    expect(within(failedRow as HTMLElement).getByTestId('parse-error')).toHaveTextContent(
      'Line 3: The title is missing'
    );
  });

  it('reports articles the server could not write, and files left out as invalid', () => {
    renderWithProviders(
      <ImportReportView
        outcome={{
          report: report([
            seedArticle({
              action: 'failed',
              source: 'db.txt',
              title: 'Write failure',
              error: { message: 'Duplicate slug', line: null, code: 'WRITE_FAILED' },
            }),
          ]),
          failures: [],
          totalFiles: 2,
          skipped: [{ ...invalidArticle(), action: 'failed' }],
        }}
      />
    );
    expect(summary()).toHaveAttribute('data-result', 'failure');
    expect(summary()).toHaveTextContent('The import failed: nothing was imported');
    const rows = screen.getAllByTestId('report-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByTestId('parse-error')).toHaveTextContent('Duplicate slug');
    expect(within(rows[1]).getByTestId('parse-error')).toHaveTextContent(
      'Line 4: The front matter is not valid YAML'
    );
  });
});
