/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';

import { toRequestFailure } from '../../../admin/src/api/errors';
import { ImportPreview } from '../../../admin/src/components/ImportPreview';

import { invalidArticle, report, SEED_TITLE, seedArticle } from './fixtures';
import { renderWithProviders } from './render';

const card = (name: string | RegExp) => screen.getByRole('article', { name });

describe('ImportPreview', () => {
  it('shows the parsed article and the plan before anything is written', () => {
    renderWithProviders(
      <ImportPreview
        outcome={{ report: report([seedArticle()], { dryRun: true }), failures: [], totalFiles: 1 }}
      />
    );

    const article = card(SEED_TITLE);
    const view = within(article);
    expect(view.getByRole('heading', { name: SEED_TITLE })).toBeInTheDocument();
    expect(view.getByText('Create')).toBeInTheDocument();
    expect(view.getByText('Source: seed.txt')).toBeInTheDocument();
    // Category path, with reuse/create per entity.
    expect(view.getByText('Politics', { exact: false })).toBeInTheDocument();
    expect(view.getByText('(existing)')).toBeInTheDocument();
    // Tags as a list.
    const tags = view.getByRole('list', { name: 'Tags' });
    expect(
      within(tags)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual(['Azerbaijan', 'Iran']);
    expect(view.getByText('Ayya Lmahamad', { exact: false })).toBeInTheDocument();
    expect(view.getByText('(new)')).toBeInTheDocument();
    expect(
      view.getByText(/^Iranian-Azerbaijani relations are at a high level/)
    ).toBeInTheDocument();
    expect(view.getByText('412 words · 3 min read')).toBeInTheDocument();
    expect(
      view.getByText('azerbaijan-iran-relations-at-high-level-iranian-official')
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '1 article: 1 to create, 0 to update, 0 unchanged, 0 edited since the last import, 0 not allowed, 0 invalid'
      )
    ).toBeInTheDocument();
  });

  it('shows a parse error inline with its line number', () => {
    renderWithProviders(
      <ImportPreview
        outcome={{ report: report([seedArticle(), invalidArticle()]), failures: [], totalFiles: 2 }}
      />
    );

    const broken = card('broken.md');
    expect(within(broken).getByText('Invalid')).toBeInTheDocument();
    expect(within(broken).getByTestId('parse-error')).toHaveTextContent(
      'Line 4: The front matter is not valid YAML: bad indentation'
    );
    expect(
      screen.getByText(/1 to create, 0 to update, 0 unchanged, .*, 1 invalid/)
    ).toBeInTheDocument();
  });

  it('lists warnings of the article and of its draft once each', () => {
    const base = seedArticle();
    renderWithProviders(
      <ImportPreview
        outcome={{
          report: report([
            seedArticle({
              warnings: ['No byline: the article has no author.'],
              draft: base.draft && {
                ...base.draft,
                warnings: ['No byline: the article has no author.', 'Lead cut to 300 characters.'],
              },
            }),
          ]),
          failures: [],
          totalFiles: 1,
        }}
      />
    );
    const warnings = screen.getByRole('list', { name: 'Warnings' });
    expect(
      within(warnings)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual(['No byline: the article has no author.', 'Lead cut to 300 characters.']);
  });

  it('shows an update plan and an unchanged article', () => {
    renderWithProviders(
      <ImportPreview
        outcome={{
          report: report([
            seedArticle({ action: 'update', source: 'a.txt', title: 'A' }),
            seedArticle({ action: 'unchanged', source: 'b.txt', title: 'B' }),
          ]),
          failures: [],
          totalFiles: 2,
        }}
      />
    );
    expect(within(card('A')).getByText('Update')).toBeInTheDocument();
    expect(within(card('B')).getByText('Unchanged')).toBeInTheDocument();
  });

  it('shows a failed preview request with the server message, never an empty plan', () => {
    const failure = toRequestFailure({
      name: 'FetchError',
      status: 413,
      message: 'The import is too large',
      response: {
        data: {
          error: {
            status: 413,
            name: 'PayloadTooLargeError',
            message:
              'The import is 9000000 bytes, over the limit of 5242880 bytes (maxImportBytes).',
          },
        },
      },
    });
    renderWithProviders(
      <ImportPreview
        outcome={{ report: null, failures: [{ files: ['big.json'], failure }], totalFiles: 1 }}
      />
    );
    const alert = screen.getByTestId('request-failure');
    expect(alert).toHaveTextContent('The request failed (HTTP 413)');
    expect(alert).toHaveTextContent(
      'PayloadTooLargeError: The import is 9000000 bytes, over the limit of 5242880 bytes (maxImportBytes).'
    );
    expect(alert).toHaveTextContent('Not checked: big.json');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });
});
