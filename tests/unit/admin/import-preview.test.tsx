/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { toRequestFailure } from '../../../admin/src/api/errors';
import { ImportPreview } from '../../../admin/src/components/ImportPreview';

import { invalidArticle, report, SEED_TITLE, seedArticle } from './fixtures';
import { renderWithProviders } from './render';

const card = (name: string | RegExp) => screen.getByRole('article', { name });

describe('ImportPreview', () => {
  it('shows the parsed article and the plan before anything is written', () => {
    renderWithProviders(
      <ImportPreview
        status="draft"
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

  it('says each article’s locale and whether it adds a translation, in the row and in the card', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <ImportPreview
        status="draft"
        outcome={{
          report: report(
            [
              seedArticle({ source: 'en.md', title: 'In English', locale: 'en' }),
              seedArticle({
                source: 'az.md',
                title: 'Azərbaycanca',
                locale: 'az',
                translationOf: 'doc-42',
                documentId: 'doc-42',
              }),
              seedArticle({
                source: 'ru.md',
                title: 'По-русски',
                locale: 'ru',
                translationOf: 'planned',
              }),
            ],
            { dryRun: true }
          ),
          failures: [],
          totalFiles: 3,
        }}
      />
    );
    expect(screen.getAllByTestId('plan-locale').map((line) => line.textContent)).toEqual([
      'Locale en',
      'Locale az: adds a translation to an existing article',
      'Locale ru: a translation of another article of this import',
    ]);
    for (const title of ['In English', 'Azərbaycanca', 'По-русски']) {
      await user.click(screen.getByRole('button', { name: title }));
    }
    const fact = (title: string) => within(card(title)).getByTestId('preview-locale').textContent;
    expect(fact('In English')).toBe('en');
    expect(fact('Azərbaycanca')).toBe('az: adds a translation to an existing article');
    expect(fact('По-русски')).toBe('ru: a translation of another article of this import');
  });

  it('names a cover’s address when the browser cannot load it, never a broken picture', () => {
    const url = 'https://photos.example.com/harbour.png';
    renderWithProviders(
      <ImportPreview
        status="draft"
        outcome={{
          report: report(
            [
              seedArticle({
                cover: { src: url, alt: 'The harbour', from: 'url', url, skipped: null },
              }),
            ],
            { dryRun: true }
          ),
          failures: [],
          totalFiles: 1,
        }}
      />
    );
    const cover = within(card(SEED_TITLE)).getByTestId('preview-cover');
    const picture = within(cover).getByRole('img', { name: 'The harbour' });
    expect(picture).toHaveAttribute('src', url);
    expect(within(cover).queryByTestId('preview-cover-unshown')).toBeNull();

    fireEvent.error(picture);
    expect(within(cover).queryByRole('img')).toBeNull();
    const unshown = within(cover).getByTestId('preview-cover-unshown');
    expect(unshown).toHaveTextContent('The import downloads it from:');
    expect(within(unshown).getByText(url)).toBeInTheDocument();
    expect(within(cover).getByText('Alternative text: The harbour')).toBeInTheDocument();
  });

  it('shows a parse error inline with its line number', async () => {
    renderWithProviders(
      <ImportPreview
        status="draft"
        outcome={{ report: report([seedArticle(), invalidArticle()]), failures: [], totalFiles: 2 }}
      />
    );

    // Several articles: a row each, opened on demand.
    await userEvent.click(screen.getByRole('button', { name: 'broken.md' }));
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
        status="draft"
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

  it('shows an update plan and an unchanged article, and says what each does to the site', async () => {
    renderWithProviders(
      <ImportPreview
        status="draft"
        outcome={{
          report: report([
            seedArticle({ action: 'update', source: 'a.txt', title: 'A', documentId: 'doc-1' }),
            seedArticle({ action: 'unchanged', source: 'b.txt', title: 'B' }),
          ]),
          failures: [],
          totalFiles: 2,
        }}
      />
    );
    const rows = screen.getAllByTestId('plan-row');
    expect(rows.map((row) => row.getAttribute('data-action'))).toEqual(['update', 'unchanged']);
    expect(within(rows[0]).getByTestId('live-effect')).toHaveTextContent(
      'Will update the draft: not on the site'
    );
    expect(within(rows[1]).getByTestId('live-effect')).toHaveTextContent(
      'Unchanged: nothing is written'
    );
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'A' }));
    expect(within(card('A')).getByText('Update')).toBeInTheDocument();
    // The article it updates, in a new tab (the plan stays).
    const existing = within(card('A')).getByTestId('existing-article');
    expect(existing).toHaveTextContent('Existing article: open it in the Content Manager');
    const link = within(existing).getByRole('link', {
      name: 'open it in the Content Manager (opens in a new tab)',
    });
    expect(link).toHaveAttribute(
      'href',
      '/content-manager/collection-types/plugin::newsroom.article/doc-1'
    );
    expect(link).toHaveAttribute('target', '_blank');
    await userEvent.click(screen.getByRole('button', { name: 'B' }));
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
        status="draft"
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

  it('filters the rows by plan, with the counts on the tabs', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <ImportPreview
        status="published"
        outcome={{
          report: report([
            seedArticle({ source: 'a.txt', title: 'A' }),
            seedArticle({ source: 'b.txt', title: 'B', action: 'update', published: true }),
            seedArticle({ source: 'c.txt', title: 'C', action: 'update', published: false }),
            seedArticle({ source: 'd.txt', title: 'D', action: 'unchanged' }),
            invalidArticle({ source: 'e.md' }),
          ]),
          failures: [],
          totalFiles: 5,
        }}
      />
    );
    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent);
    // "Not allowed" shows only when an article is.
    expect(tabs).toEqual([
      'All (5)',
      'Create (1)',
      'Update (2)',
      'Unchanged (1)',
      'Conflict: edited (0)',
      'Invalid (1)',
    ]);
    // Every row's toggle is in the Tab order (no grid with a roving tabindex).
    screen.getByRole('button', { name: 'A' }).focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'B' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'C' })).toHaveFocus();
    await user.click(screen.getByRole('tab', { name: 'Update (2)' }));
    const rows = screen.getAllByTestId('plan-row');
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => within(row).getByTestId('live-effect').textContent)).toEqual([
      'Will update the published article on the site',
      'Will publish: goes live on the site',
    ]);
    await user.click(screen.getByRole('tab', { name: 'Invalid (1)' }));
    expect(screen.getAllByTestId('plan-row')).toHaveLength(1);
    expect(screen.getByTestId('plan-row')).toHaveTextContent('Error, line 4');
    await user.click(screen.getByRole('tab', { name: 'Conflict: edited (0)' }));
    expect(screen.getByText('No article has this plan.')).toBeInTheDocument();
  });

  it('shows the body as it will be stored and warns loudly when it looks misread', async () => {
    const base = seedArticle();
    const long = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
    const paragraph = (text: string) => ({
      type: 'paragraph' as const,
      children: [{ type: 'text' as const, text }],
    });
    const body = [
      paragraph('First paragraph.'),
      paragraph('By Jane Roe'),
      paragraph(long),
      paragraph('Fourth paragraph.'),
      paragraph('Fifth paragraph.'),
    ];
    renderWithProviders(
      <ImportPreview
        status="draft"
        outcome={{
          report: report([
            seedArticle({ draft: base.draft && { ...base.draft, body, warnings: [] } }),
          ]),
          failures: [],
          totalFiles: 1,
        }}
      />
    );
    const misread = screen.getByTestId('misreading');
    expect(misread).toHaveTextContent('The body\'s paragraph 2 holds a byline ("By Jane Roe")');
    expect(misread).toHaveTextContent("The body's paragraph 3 is 300 words long (over 250)");
    expect(screen.getByTestId('plan-row')).toHaveTextContent('looks misread');

    const preview = screen.getByTestId('body-preview');
    expect(within(preview).getAllByRole('paragraph')).toHaveLength(3);
    expect(preview).toHaveTextContent('First paragraph.');
    expect(preview).not.toHaveTextContent('Fifth paragraph.');
    await userEvent.click(screen.getByRole('button', { name: 'Show the whole body (2 more)' }));
    expect(within(preview).getAllByRole('paragraph')).toHaveLength(5);
    expect(preview).toHaveTextContent('Fifth paragraph.');
  });

  it('shows the last edit and, field by field, what an update changes (long text shortened)', async () => {
    const longBody = `${'The storm closed the port. '.repeat(20)}Schools reopen on Friday.`;
    renderWithProviders(
      <ImportPreview
        status="published"
        outcome={{
          report: report([
            seedArticle({
              action: 'update',
              title: 'Storm reaches Baku',
              documentId: 'doc-1',
              published: true,
              lastEdit: {
                updatedAt: '2026-11-29T10:04:12.000Z',
                updatedBy: { id: 3, name: 'Ann Lee' },
              },
              changes: [
                { field: 'title', before: 'Storm nears Baku', after: 'Storm reaches Baku' },
                { field: 'description', before: 'Old lead.', after: null },
                { field: 'body', before: 'Short old body.', after: longBody },
                { field: 'tags', before: ['Storm'], after: ['Storm', 'Port'] },
              ],
            }),
          ]),
          failures: [],
          totalFiles: 1,
        }}
      />
    );
    const view = within(card('Storm reaches Baku'));
    expect(view.getByTestId('last-edit')).toHaveTextContent(
      /^Last edited November 29, 2026.* by Ann Lee$/
    );
    const changes = view.getByRole('region', {
      name: /What the import changes \(Title, Lead, Body, Tags\)/,
    });
    const fields = within(changes).getAllByTestId('field-change');
    expect(fields.map((f) => f.getAttribute('data-field'))).toEqual([
      'title',
      'description',
      'body',
      'tags',
    ]);
    const [title, lead, body, tags] = fields;
    expect(title).toHaveTextContent('TitleNowStorm nears BakuAfter the importStorm reaches Baku');
    expect(lead).toHaveTextContent('LeadNowOld lead.After the import(empty)');
    expect(
      within(tags)
        .getAllByRole('list')
        .map((list) => list.textContent)
    ).toEqual(['Storm', 'StormPort']);
    // The long body is shortened, and whole on demand.
    expect(body).not.toHaveTextContent('Schools reopen on Friday.');
    await userEvent.click(
      within(body).getByRole('button', { name: /^Show all \(\d+ characters\)$/ })
    );
    expect(body).toHaveTextContent('Schools reopen on Friday.');
  });

  it('shows for a conflict what overwriting the editor’s version would change', () => {
    renderWithProviders(
      <ImportPreview
        status="draft"
        outcome={{
          report: report([
            seedArticle({
              action: 'conflict',
              title: 'Edited',
              documentId: 'doc-2',
              changedFields: ['title'],
              lastEdit: { updatedAt: '2026-11-29T11:00:00.000Z', updatedBy: null },
              changes: [{ field: 'authors', before: ['Ann Lee'], after: ['Ann Lee', 'Bo Chen'] }],
            }),
          ]),
          failures: [],
          totalFiles: 1,
        }}
      />
    );
    const view = within(card('Edited'));
    expect(view.getByTestId('last-edit')).toHaveTextContent(/^Last edited November 29, 2026/);
    expect(view.getByTestId('last-edit')).not.toHaveTextContent(' by ');
    expect(
      view.getByRole('region', { name: /What overwriting the edited article would change/ })
    ).toHaveTextContent('AuthorsNowAnn LeeAfter the importAnn LeeBo Chen');
  });
});
