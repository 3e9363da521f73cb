/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';

import { ArticleSidePanel, type PanelProps } from '../../../admin/src/components/ArticleSidePanel';
import { relationCount } from '../../../admin/src/utils/articleFacts';

import { renderWithProviders } from './render';

// The Content Manager's edit form (Strapi's `useForm`, which needs the whole admin app); the
// browser test (tests/e2e/admin-ui.test.ts) drives the real one.
const form: { values: Record<string, unknown> | undefined; modified: boolean } = {
  values: undefined,
  modified: false,
};
jest.mock('../../../admin/src/hooks/useEditForm', () => ({ useEditForm: () => form }));

// The plugin's admin API (Strapi's fetch client needs the whole admin app); the integration test
// (tests/integration/category-path.test.ts) and the browser test drive the real route.
const paths: Record<string, string[]> = {
  'article:abc123:draft': ['World', 'Europe', 'Politics'],
  'article:abc123:published': ['World', 'Europe'],
  'category:7': ['Business', 'Energy'],
};
const categoryPath = jest.fn(
  async (params: { article: string; status: string } | { category: number }) => {
    const key =
      'category' in params
        ? `category:${params.category}`
        : `article:${params.article}:${params.status}`;
    const names = paths[key];
    if (!names) throw new Error(`no path for ${key}`);
    return names.map((name, i) => ({ id: i + 1, documentId: `c${i}`, name }));
  }
);
jest.mock('../../../admin/src/api/useNewsroomApi', () => ({
  useNewsroomApi: () => ({ categoryPath }),
}));

afterEach(() => {
  form.values = undefined;
  form.modified = false;
  categoryPath.mockClear();
});

/** The Content Manager calls a panel like a hook and renders its title and content. */
const Harness = (props: PanelProps) => {
  const panel = ArticleSidePanel(props);
  if (!panel) return <p>no panel</p>;
  return (
    <section aria-label={panel.title}>
      <h2>{panel.title}</h2>
      {panel.content}
    </section>
  );
};

const props = (
  document?: Record<string, unknown>,
  model = 'plugin::newsroom.article'
): PanelProps => ({
  activeTab: 'draft',
  collectionType: 'collection-types',
  document,
  documentId: document ? 'abc123' : undefined,
  model,
});

/** An article as the Content Manager sends it: relations as counts, media populated. */
const complete = {
  documentId: 'abc123',
  title: 'Azerbaijan, Iran relations at high level – Iranian official',
  description: 'Iranian-Azerbaijani relations are at a high level and will continue to develop.',
  wordCount: 412,
  readingTimeMinutes: 3,
  sourceName: '000_5637bd5acb181e31.txt',
  sourceUrl: 'https://example.com/news/azerbaijan-iran',
  importedAt: '2025-03-02T10:15:00.000Z',
  authors: { count: 1 },
  category: { count: 1 },
  cover: { id: 7, url: '/uploads/cover.jpg', mime: 'image/jpeg' },
};

const item = (id: string) => screen.getByTestId(`checklist-${id}`);

describe('ArticleSidePanel', () => {
  it('is not shown for other content types, nor while an article is created', () => {
    renderWithProviders(<Harness {...props(complete, 'api::page.page')} />);
    expect(screen.getByText('no panel')).toBeInTheDocument();
    renderWithProviders(<Harness {...props(undefined)} />);
    expect(screen.getAllByText('no panel')).toHaveLength(2);
  });

  it('shows word count, reading time, source and import time', () => {
    renderWithProviders(<Harness {...props(complete)} />);
    const panel = screen.getByRole('region', { name: 'Newsroom' });
    const facts = within(panel);
    expect(facts.getByText('Words').nextSibling).toHaveTextContent('412');
    expect(facts.getByText('Reading time').nextSibling).toHaveTextContent('3 min');
    const source = facts.getByRole('link', { name: /000_5637bd5acb181e31\.txt/ });
    expect(source).toHaveAttribute('href', 'https://example.com/news/azerbaijan-iran');
    expect(facts.getByText('Imported').nextSibling).toHaveTextContent(/March 2, 2025/);
  });

  it('ticks every checklist item for a complete article', () => {
    renderWithProviders(<Harness {...props(complete)} />);
    const list = screen.getByRole('list', { name: 'Checklist' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    for (const id of ['description', 'category', 'authors', 'cover']) {
      expect(item(id)).toHaveAttribute('data-ok', 'true');
    }
    expect(item('description')).toHaveTextContent('Done: Description: 79/300 characters');
    expect(item('category')).toHaveTextContent('Category set');
    expect(item('authors')).toHaveTextContent('At least one author');
    expect(item('cover')).toHaveTextContent('Cover image set');
  });

  it('lists what is missing: description, category, authors, cover', () => {
    renderWithProviders(
      <Harness
        {...props({
          ...complete,
          description: '   ',
          authors: { count: 0 },
          category: { count: 0 },
          cover: null,
          sourceName: null,
          sourceUrl: null,
          importedAt: null,
        })}
      />
    );
    for (const id of ['description', 'category', 'authors', 'cover']) {
      expect(item(id)).toHaveAttribute('data-ok', 'false');
    }
    expect(item('description')).toHaveTextContent('To do: Add a description (the lead)');
    expect(item('category')).toHaveTextContent('Choose a category');
    expect(item('authors')).toHaveTextContent('Add an author');
    expect(item('cover')).toHaveTextContent('Add a cover image');
    expect(screen.getByText('Source').nextSibling).toHaveTextContent('—');
    expect(screen.getByText('Imported').nextSibling).toHaveTextContent('Not imported');
  });

  it('flags a description over 300 characters', () => {
    renderWithProviders(<Harness {...props({ ...complete, description: 'x'.repeat(301) })} />);
    expect(item('description')).toHaveAttribute('data-ok', 'false');
    expect(item('description')).toHaveTextContent('Description is too long: 301/300 characters');
  });

  it('accepts a description of exactly 300 characters', () => {
    renderWithProviders(<Harness {...props({ ...complete, description: 'x'.repeat(300) })} />);
    expect(item('description')).toHaveAttribute('data-ok', 'true');
  });

  it('reads populated relations as well as counts', () => {
    renderWithProviders(
      <Harness
        {...props({
          ...complete,
          authors: [{ id: 1, documentId: 'a1', name: 'Ayya Lmahamad' }],
          category: { id: 2, documentId: 'c1', name: 'Politics' },
          cover: [],
        })}
      />
    );
    expect(item('authors')).toHaveAttribute('data-ok', 'true');
    expect(item('category')).toHaveAttribute('data-ok', 'true');
    expect(item('cover')).toHaveAttribute('data-ok', 'false');
  });

  it('shows a source name without a web address as text', () => {
    renderWithProviders(<Harness {...props({ ...complete, sourceUrl: null })} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('Source').nextSibling).toHaveTextContent('000_5637bd5acb181e31.txt');
  });
});

describe('the category with its path', () => {
  it("shows the saved article's category path, for the tab shown", async () => {
    renderWithProviders(<Harness {...props(complete)} />);
    expect(await screen.findByText('World › Europe › Politics')).toBeInTheDocument();
    expect(screen.getByText('Category').nextSibling).toHaveTextContent('World › Europe › Politics');
    expect(categoryPath).toHaveBeenCalledWith({ article: 'abc123', status: 'draft' });

    renderWithProviders(<Harness {...props(complete)} activeTab="published" />);
    expect(await screen.findByText('World › Europe')).toBeInTheDocument();
  });

  it('follows a category chosen in the form, and shows none once it is removed', async () => {
    form.values = { category: { connect: [{ id: 7, apiData: { documentId: 'e1' } }] } };
    const { rerender } = renderWithProviders(<Harness {...props(complete)} />);
    expect(await screen.findByText('Business › Energy')).toBeInTheDocument();
    expect(categoryPath).toHaveBeenCalledWith({ category: 7 });

    form.values = { category: { connect: [], disconnect: [{ id: 2 }] } };
    rerender(<Harness {...props(complete)} />);
    expect(screen.getByTestId('panel-category-path')).toHaveTextContent('—');
  });

  it('leaves the row out when the server cannot say', async () => {
    renderWithProviders(<Harness {...props({ ...complete, documentId: 'unknown' })} />);
    await screen.findByText('Words');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByTestId('panel-category-path')).not.toBeInTheDocument();
  });
});

describe('ArticleSidePanel with unsaved changes', () => {
  it('follows the edit form: a description typed, the category removed, an author added', () => {
    form.values = {
      description: 'x'.repeat(301),
      category: { connect: [], disconnect: [{ id: 2 }] },
      authors: { connect: [{ id: 9 }], disconnect: [] },
      cover: null,
    };
    form.modified = true;
    renderWithProviders(<Harness {...props({ ...complete, authors: { count: 0 } })} />);
    expect(item('description')).toHaveTextContent('Description is too long: 301/300 characters');
    expect(item('category')).toHaveAttribute('data-ok', 'false');
    expect(item('authors')).toHaveAttribute('data-ok', 'true');
    expect(item('cover')).toHaveAttribute('data-ok', 'false');
    expect(screen.getByTestId('panel-counted-at-save')).toHaveTextContent(
      'Words and reading time are counted when you save.'
    );
  });

  it('says nothing about saving while the form is as saved', () => {
    form.values = { description: complete.description };
    renderWithProviders(<Harness {...props(complete)} />);
    expect(screen.queryByTestId('panel-counted-at-save')).not.toBeInTheDocument();
  });

  it("takes the editor to an item's field", () => {
    renderWithProviders(
      <>
        <label htmlFor="cover-field">Cover image</label>
        <input id="cover-field" type="file" />
        <textarea name="description" aria-label="Description field" />
        <Harness {...props({ ...complete, cover: null })} />
      </>
    );
    within(item('cover')).getByRole('button').click();
    expect(document.activeElement).toBe(document.getElementById('cover-field'));
    within(item('description')).getByRole('button').click();
    expect(document.activeElement).toBe(screen.getByLabelText('Description field'));
  });
});

describe('relationCount', () => {
  it.each([
    [null, 0],
    [undefined, 0],
    [{ count: 3 }, 3],
    [[{ id: 1 }, { id: 2 }], 2],
    [{ id: 1 }, 1],
    [{ data: null }, 0],
    [{ data: [{ id: 1 }] }, 1],
    [{ connect: [{ id: 1 }], disconnect: [] }, 1],
    [5, 1],
  ])('%j → %i', (value, expected) => {
    expect(relationCount(value)).toBe(expected);
  });
});
