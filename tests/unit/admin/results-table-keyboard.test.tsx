/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  ArticleResultsTable,
  rowsFromArticles,
} from '../../../admin/src/components/ArticleResultsTable';

import { seedArticle } from './fixtures';
import { renderWithProviders } from './render';

const articles = ['First story', 'Second story', 'Third story'].map((title, index) => ({
  ...seedArticle({ action: 'created', documentId: `doc${index}`, title, source: `s${index}.txt` }),
  refused: false,
}));

describe('ArticleResultsTable and the keyboard', () => {
  it('is a plain table, not a keyboard grid that takes its links out of the Tab order', () => {
    renderWithProviders(<ArticleResultsTable rows={rowsFromArticles(articles)} />);
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.getByRole('table')).toBeInTheDocument();
    for (const link of screen.getAllByRole('link')) {
      expect(link).not.toHaveAttribute('tabindex', '-1');
    }
  });

  it('Tab goes from one article link to the next', async () => {
    renderWithProviders(<ArticleResultsTable rows={rowsFromArticles(articles)} />);
    for (const title of ['First story', 'Second story', 'Third story']) {
      await userEvent.tab();
      expect(screen.getByRole('link', { name: `${title} (opens in a new tab)` })).toHaveFocus();
    }
  });
});
