import {
  articleListPath,
  entryDocumentIds,
  MAX_LINKED_ARTICLES,
  NO_FILTERS,
  toHistoryFilters,
} from '../historyFilters';

describe('toHistoryFilters', () => {
  it('gives no filter for empty fields', () => {
    expect(toHistoryFilters(NO_FILTERS)).toEqual({});
  });

  it('reads who: an admin by id, or an origin', () => {
    expect(toHistoryFilters({ ...NO_FILTERS, who: 'user:12' })).toEqual({ user: 12 });
    expect(toHistoryFilters({ ...NO_FILTERS, who: 'origin:cli' })).toEqual({ origin: 'cli' });
    expect(toHistoryFilters({ ...NO_FILTERS, who: 'user:x' })).toEqual({});
    // Only a whole number is an admin id; another kind of `who` is no filter.
    expect(toHistoryFilters({ ...NO_FILTERS, who: 'user:12x' })).toEqual({});
    expect(toHistoryFilters({ ...NO_FILTERS, who: 'user:x12' })).toEqual({});
    expect(toHistoryFilters({ ...NO_FILTERS, who: 'admin:12' })).toEqual({});
    expect(toHistoryFilters({ ...NO_FILTERS, who: '12' })).toEqual({});
  });

  it('turns local days into instants: from the first midnight to the midnight after the last day', () => {
    const filters = toHistoryFilters({ ...NO_FILTERS, from: '2026-03-28', to: '2026-03-29' });
    expect(filters.from).toBe(new Date(2026, 2, 28).toISOString());
    expect(filters.to).toBe(new Date(2026, 2, 30).toISOString());
    // Across a month's end, and a bad date is no filter.
    expect(toHistoryFilters({ ...NO_FILTERS, to: '2026-12-31' }).to).toBe(
      new Date(2027, 0, 1).toISOString()
    );
    expect(toHistoryFilters({ ...NO_FILTERS, from: '29.11.2026' })).toEqual({});
    // A day and nothing else.
    expect(toHistoryFilters({ ...NO_FILTERS, from: '2026-03-28x' })).toEqual({});
    expect(toHistoryFilters({ ...NO_FILTERS, to: 'x2026-03-28' })).toEqual({});
  });

  it('passes the result on', () => {
    expect(toHistoryFilters({ ...NO_FILTERS, result: 'conflict' })).toEqual({ result: 'conflict' });
  });
});

describe('the Content Manager link of an entry', () => {
  it('names each existing article once', () => {
    const line = (documentId: string | null) => ({ documentId }) as never;
    expect(entryDocumentIds({ articles: [line('a'), line(null), line('b'), line('a')] })).toEqual([
      'a',
      'b',
    ]);
  });

  it('filters the article list by documentId, at most MAX_LINKED_ARTICLES of them', () => {
    const ids = Array.from({ length: MAX_LINKED_ARTICLES + 5 }, (_, i) => `doc${i}`);
    const path = articleListPath(ids);
    const [base, search] = path.split('?');
    expect(base).toBe('/content-manager/collection-types/plugin::newsroom.article');
    const query = new URLSearchParams(search);
    expect(query.get('filters[$and][0][documentId][$in][0]')).toBe('doc0');
    expect(query.get(`filters[$and][0][documentId][$in][${MAX_LINKED_ARTICLES - 1}]`)).toBe(
      `doc${MAX_LINKED_ARTICLES - 1}`
    );
    expect(query.get(`filters[$and][0][documentId][$in][${MAX_LINKED_ARTICLES}]`)).toBeNull();
    // Under the server's request-line limit (Node: 16 KB of headers).
    expect(path.length).toBeLessThan(10_000);
  });
});
