/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import type { ReactElement } from 'react';

import { DesignSystemProvider } from '@strapi/design-system';
import { render, screen, within } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router-dom';

import type { ArticleWarning, Block } from '../../../shared/contracts';
import { ArticlePreviewCard } from '../../../admin/src/components/ArticlePreviewCard';
import {
  ArticleResultsTable,
  rowsFromArticles,
} from '../../../admin/src/components/ArticleResultsTable';
import az from '../../../admin/src/translations/az.json';
import { getTranslation } from '../../../admin/src/utils/getTranslation';

import { invalidArticle, seedArticle } from './fixtures';

/** The admin in Azerbaijani: the plugin's az messages (a missing one fails the test). */
const renderInAz = (ui: ReactElement) =>
  render(
    <IntlProvider
      locale="az"
      messages={Object.fromEntries(
        Object.entries(az as Record<string, string>).map(([key, value]) => [
          getTranslation(key),
          value,
        ])
      )}
      onError={(error) => {
        throw error;
      }}
    >
      <DesignSystemProvider locale="az">
        <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
          {ui}
        </MemoryRouter>
      </DesignSystemProvider>
    </IntlProvider>
  );

const noByline: ArticleWarning = {
  code: 'NO_BYLINE',
  params: {},
  message: 'No byline found: the article will have no author',
};
const dateNotUsed: ArticleWarning = {
  code: 'DATE_NOT_USED',
  params: { date: 'July 14', reason: 'NO_YEAR' },
  message: 'The date "July 14" was not used as the publication date: it has no year',
};
const fromNewerServer = {
  code: 'A_CODE_THIS_ADMIN_DOES_NOT_KNOW',
  params: {},
  message: 'A warning from a newer server',
} as unknown as ArticleWarning;

const paragraph = (text: string): Block => ({
  type: 'paragraph',
  children: [{ type: 'text', text }],
});

describe('warnings in the Azerbaijani admin', () => {
  it('the preview says the server’s warnings and the misreadings in Azerbaijani', () => {
    const base = seedArticle();
    const long = Array.from({ length: 300 }, (_, i) => `söz${i}`).join(' ');
    const warnings = [noByline, dateNotUsed, fromNewerServer];
    renderInAz(
      <ArticlePreviewCard
        status="draft"
        article={seedArticle({
          warnings: warnings.map((warning) => warning.message),
          warningDetails: warnings,
          draft: base.draft && {
            ...base.draft,
            body: [paragraph('Birinci abzas.'), paragraph(long)],
            warnings: [noByline.message],
            warningDetails: [noByline],
          },
        })}
      />
    );

    const list = screen.getByRole('list', { name: 'Xəbərdarlıqlar' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent)
    ).toEqual([
      'Müəllif sətri tapılmadı: məqalənin müəllifi olmayacaq',
      '“July 14” tarixi dərc tarixi kimi istifadə olunmadı: onda il yoxdur',
      // A code this admin does not know: the server's English text.
      'A warning from a newer server',
    ]);
    expect(screen.getByTestId('misreading')).toHaveTextContent(
      'Mətnin 2 nömrəli abzası 300 sözdür (250 sözdən çox)'
    );
    expect(screen.queryByText(/No byline found/)).not.toBeInTheDocument();
  });

  it('the report and the history: a stored line without codes keeps its English text', () => {
    renderInAz(
      <ArticleResultsTable
        rows={rowsFromArticles([
          {
            ...seedArticle({ action: 'created', documentId: 'doc-1' }),
            warnings: [noByline.message],
            warningDetails: [noByline],
          },
          {
            ...seedArticle({ action: 'created', documentId: 'doc-2', source: 'old.txt' }),
            warnings: ['Stored before warnings had codes'],
          },
        ])}
      />
    );
    expect(
      screen.getByText('Müəllif sətri tapılmadı: məqalənin müəllifi olmayacaq')
    ).toBeInTheDocument();
    expect(screen.getByText('Stored before warnings had codes')).toBeInTheDocument();
  });

  it('an article that does not parse: its error in Azerbaijani, after the line', () => {
    renderInAz(
      <ArticleResultsTable
        rows={rowsFromArticles([
          invalidArticle({
            source: 'no-title.md',
            error: {
              message: 'The article has no title: add "title: …" to the front matter.',
              line: 2,
              code: 'NO_TITLE',
              params: { format: 'markdown' },
            },
          }),
          invalidArticle({ source: 'bad-yaml.md' }),
        ])}
      />
    );
    const [translated, asSent] = screen.getAllByTestId('parse-error');
    expect(translated).toHaveTextContent(
      'Sətir 2: Məqalənin başlığı yoxdur: front matter-ə “title: …” əlavə edin və ya mətni “# Başlıq” sətri ilə başlayın.'
    );
    // No params (a field's value, the YAML…): the server's English text.
    expect(asSent).toHaveTextContent('The front matter is not valid YAML: bad indentation');
  });

  it('the history: files whose request failed or got no answer, their reason in Azerbaijani', () => {
    const unsent = (
      source: string,
      action: 'failed' | 'unknown',
      reason: 'request-failed' | 'cancelled' | 'timeout' | 'network',
      status: number | null
    ) => ({
      ...seedArticle({ source, documentId: null, title: null, warnings: [] }),
      action,
      unsent: { bytes: 10, reason, status },
    });
    renderInAz(
      <ArticleResultsTable
        rows={rowsFromArticles([
          unsent('a.txt', 'failed', 'request-failed', 502),
          unsent('b.txt', 'failed', 'cancelled', null),
          unsent('c.txt', 'unknown', 'timeout', 504),
          unsent('d.txt', 'unknown', 'network', null),
        ])}
      />
    );
    expect(screen.getAllByTestId('unsent-reason').map((line) => line.textContent)).toEqual([
      'İdxal olunmadı: sorğusu uğursuz oldu (server 502 cavabı verdi). Ondan heç nə yazılmadı.',
      'Göndərilmədi: idxal onun sorğusundan əvvəl ləğv edildi. Ondan heç nə yazılmadı.',
      'Nəticə məlum deyil: sorğu vaxtında cavab vermədi (aralıq server 504 cavabı verdi). Server onu yenə də idxal etmiş ola bilər: məqalələri yoxlayın.',
      'Nəticə məlum deyil: sorğu cavab vermədi (bağlantı kəsildi). Server onu yenə də idxal etmiş ola bilər: məqalələri yoxlayın.',
    ]);
    expect(screen.getAllByText('Nəticə məlum deyil')).toHaveLength(2);
  });
});
