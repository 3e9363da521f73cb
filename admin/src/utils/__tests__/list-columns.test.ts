import { isArticleList, withCompactColumns, type ListHeader } from '../listColumns';

const articleHeaders: ListHeader[] = [
  { name: 'title', attribute: { type: 'string' } },
  { name: 'category', attribute: { type: 'relation', target: 'plugin::newsroom.category' } },
  { name: 'authors', attribute: { type: 'relation', target: 'plugin::newsroom.author' } },
  { name: 'updatedAt', attribute: { type: 'datetime' } },
  { name: 'locales', attribute: { type: 'string' } },
];

describe('the article list columns', () => {
  it('knows the article list by its relations to newsroom authors or categories', () => {
    expect(isArticleList(articleHeaders)).toBe(true);
    expect(isArticleList(articleHeaders.filter((h) => h.name !== 'authors'))).toBe(true);
    expect(isArticleList(articleHeaders.filter((h) => h.name !== 'category'))).toBe(true);
    expect(
      isArticleList([
        { name: 'title', attribute: { type: 'string' } },
        { name: 'owner', attribute: { type: 'relation', target: 'api::person.person' } },
        // A column without an attribute (one a plugin injected).
        { name: 'actions' },
        // Not a relation, even if it names the type.
        { name: 'note', attribute: { type: 'string', target: 'plugin::newsroom.author' } },
      ])
    ).toBe(false);
  });

  it('gives the article list’s Updated and Available in columns the compact cells, and leaves the rest', () => {
    const updatedAt = () => 'ago';
    const locales = () => 'az, en';
    const out = withCompactColumns(articleHeaders, { updatedAt, locales });
    expect(out.map((h) => h.name)).toEqual(articleHeaders.map((h) => h.name));
    expect(out[3]).toEqual({ ...articleHeaders[3], cellFormatter: updatedAt });
    expect(out[4]).toEqual({ ...articleHeaders[4], cellFormatter: locales });
    for (const index of [0, 1, 2]) expect(out[index]).toBe(articleHeaders[index]);
    // The input is not changed.
    expect(articleHeaders[3].cellFormatter).toBeUndefined();
  });

  it('leaves other lists alone', () => {
    const other: ListHeader[] = [
      { name: 'title', attribute: { type: 'string' } },
      { name: 'updatedAt', attribute: { type: 'datetime' } },
    ];
    expect(withCompactColumns(other, { updatedAt: () => 'ago', locales: () => 'en' })).toEqual(
      other
    );
  });
});
