import {
  articleFactsOf,
  categoryPathText,
  categoryRefOf,
  checklistOf,
  liveDocumentOf,
  relationCount,
  type ArticleFacts,
} from '../articleFacts';

describe('relationCount', () => {
  it.each([
    [null, 0],
    [undefined, 0],
    [[], 0],
    [[{ id: 1 }, { id: 2 }], 2],
    [7, 1],
    ['doc-1', 1],
    [{ count: 3 }, 3],
    [{ count: 0 }, 0],
    [{ data: [{ id: 1 }, { id: 2 }, { id: 3 }] }, 3],
    [{ data: { id: 1 } }, 1],
    [{ data: null }, 0],
    [{ connect: [{ id: 1 }, { id: 2 }] }, 2],
    [{ id: 1 }, 1],
    [{ documentId: 'x' }, 1],
    [{ url: '/uploads/a.png' }, 1],
    [{ name: 'no id' }, 0],
    [true, 0],
  ])('%p → %i', (value, count) => {
    expect(relationCount(value)).toBe(count);
  });
});

describe('articleFactsOf', () => {
  it('reads the facts of a full document', () => {
    // Valid values of these fields are facts as they are.
    const kept = {
      wordCount: 420,
      readingTimeMinutes: 3,
      sourceName: 'a.txt',
      sourceUrl: 'https://example.com/a',
      importedAt: '2026-01-01T00:00:00.000Z',
      description: 'Lead.',
    };
    expect(
      articleFactsOf({
        ...kept,
        authors: { count: 2 },
        category: { id: 1 },
        cover: { url: '/a.png' },
      })
    ).toEqual({
      ...kept,
      authorCount: 2,
      hasCategory: true,
      hasCover: true,
    });
  });

  it('gives nulls, empty text and no relations for a new or odd document', () => {
    expect(
      articleFactsOf({
        wordCount: Number.NaN,
        readingTimeMinutes: '3',
        sourceName: '   ',
        sourceUrl: 42,
        description: null,
        category: null,
      })
    ).toEqual({
      wordCount: null,
      readingTimeMinutes: null,
      sourceName: null,
      sourceUrl: null,
      importedAt: null,
      description: '',
      authorCount: 0,
      hasCategory: false,
      hasCover: false,
    });
    expect(articleFactsOf({ wordCount: Infinity }).wordCount).toBeNull();
    expect(articleFactsOf({ wordCount: 0 }).wordCount).toBe(0);
    expect(articleFactsOf({ description: '  ' }).description).toBe('  ');
  });
});

describe('checklistOf', () => {
  const facts = (over: Partial<ArticleFacts>): ArticleFacts => ({
    wordCount: 1,
    readingTimeMinutes: 1,
    sourceName: null,
    sourceUrl: null,
    importedAt: null,
    description: 'Lead.',
    authorCount: 1,
    hasCategory: true,
    hasCover: true,
    ...over,
  });

  it('is all ok for a complete article', () => {
    expect(checklistOf(facts({}))).toEqual([
      { id: 'description', ok: true, length: 5, empty: false },
      { id: 'category', ok: true },
      { id: 'authors', ok: true },
      { id: 'cover', ok: true },
    ]);
  });

  it('flags what is missing, a blank description and one over 300 characters', () => {
    expect(
      checklistOf(
        facts({ description: '   ', authorCount: 0, hasCategory: false, hasCover: false })
      )
    ).toEqual([
      { id: 'description', ok: false, length: 3, empty: true },
      { id: 'category', ok: false },
      { id: 'authors', ok: false },
      { id: 'cover', ok: false },
    ]);
    expect(checklistOf(facts({ description: 'a'.repeat(300) }))[0]).toEqual({
      id: 'description',
      ok: true,
      length: 300,
      empty: false,
    });
    expect(checklistOf(facts({ description: 'a'.repeat(301) }))[0]).toMatchObject({
      ok: false,
      length: 301,
      empty: false,
    });
  });
});

describe('liveDocumentOf', () => {
  const saved = { description: 'Saved lead', authors: { count: 2 }, category: { count: 1 } };

  it('is the saved document without form values', () => {
    expect(liveDocumentOf(saved, undefined)).toBe(saved);
  });

  it('takes the unsaved fields over the saved ones, and counts relation changes', () => {
    expect(
      liveDocumentOf(saved, {
        description: 'Typed lead',
        authors: { connect: [{ id: 3 }], disconnect: [{ id: 1 }, { id: 2 }] },
        category: { connect: [{ id: 5 }], disconnect: [{ id: 4 }] },
        title: 'not read by the panel',
      })
    ).toEqual({ description: 'Typed lead', authors: { count: 1 }, category: { count: 1 } });
  });

  it('counts a relation with every saved entry disconnected as empty, never below zero', () => {
    expect(
      liveDocumentOf(saved, {
        authors: { connect: [], disconnect: [{ id: 1 }, { id: 2 }, { id: 7 }] },
        category: { disconnect: [{ id: 4 }] },
      })
    ).toMatchObject({ authors: { count: 0 }, category: { count: 0 } });
  });

  it('keeps every saved field the form does not hold', () => {
    expect(liveDocumentOf(saved, {})).toEqual(saved);
  });

  it('keeps the saved relation when the form holds no change for it', () => {
    expect(liveDocumentOf(saved, { description: 'x', authors: null })).toMatchObject({
      authors: { count: 2 },
      category: { count: 1 },
    });
  });
});

describe('categoryRefOf', () => {
  const saved = { documentId: 'doc-1', category: { count: 1 } };

  it('without form values or a change of category, the saved article’s, for the tab shown', () => {
    expect(categoryRefOf(saved, undefined, 'draft')).toEqual({
      kind: 'article',
      documentId: 'doc-1',
      status: 'draft',
    });
    expect(categoryRefOf(saved, { description: 'x' }, 'published')).toEqual({
      kind: 'article',
      documentId: 'doc-1',
      status: 'published',
    });
    expect(categoryRefOf(saved, { category: null }, 'draft')).toMatchObject({ kind: 'article' });
    expect(
      categoryRefOf(saved, { category: { connect: [], disconnect: [] } }, 'draft')
    ).toMatchObject({ kind: 'article' });
  });

  it("the saved article's version in the locale being edited (a localized category is that locale's)", () => {
    expect(categoryRefOf({ ...saved, locale: 'az' }, undefined, 'draft')).toEqual({
      kind: 'article',
      documentId: 'doc-1',
      status: 'draft',
      locale: 'az',
    });
    expect(categoryRefOf({ ...saved, locale: '' }, undefined, 'published')).toEqual({
      kind: 'article',
      documentId: 'doc-1',
      status: 'published',
    });
    expect(categoryRefOf({ ...saved, locale: null }, undefined, 'draft')).not.toHaveProperty(
      'locale'
    );
  });

  it('a category just chosen in the form: the last one connected, even over a disconnect', () => {
    expect(categoryRefOf(saved, { category: { connect: [{ id: 4 }] } }, 'draft')).toEqual({
      kind: 'category',
      id: 4,
    });
    expect(
      categoryRefOf(
        saved,
        { category: { connect: [{ id: 4 }, { id: 9 }], disconnect: [{ id: 2 }] } },
        'draft'
      )
    ).toEqual({ kind: 'category', id: 9 });
  });

  it('a connect entry without a numeric id is not a choice', () => {
    expect(categoryRefOf(saved, { category: { connect: [{ id: '4' }] } }, 'draft')).toMatchObject({
      kind: 'article',
    });
    expect(categoryRefOf(saved, { category: { connect: ['4'] } }, 'draft')).toMatchObject({
      kind: 'article',
    });
    expect(categoryRefOf(saved, { category: { connect: { id: 4 } } }, 'draft')).toMatchObject({
      kind: 'article',
    });
    expect(
      categoryRefOf(saved, { category: { connect: [{ id: 4 }, { id: '9' }] } }, 'draft')
    ).toMatchObject({ kind: 'article' });
  });

  it('the saved category removed in the form: none', () => {
    expect(
      categoryRefOf(saved, { category: { connect: [], disconnect: [{ id: 2 }] } }, 'draft')
    ).toBeNull();
    expect(categoryRefOf(saved, { category: { disconnect: [{ id: 2 }] } }, 'draft')).toBeNull();
  });

  it('no saved category, or no saved document to ask about: none', () => {
    expect(
      categoryRefOf({ documentId: 'doc-1', category: { count: 0 } }, undefined, 'draft')
    ).toBeNull();
    expect(categoryRefOf({ documentId: 'doc-1' }, {}, 'draft')).toBeNull();
    expect(categoryRefOf({ category: { count: 1 } }, undefined, 'draft')).toBeNull();
    expect(categoryRefOf({ documentId: 7, category: { count: 1 } }, undefined, 'draft')).toBeNull();
  });
});

describe('categoryPathText', () => {
  it('joins the names from the root with ›', () => {
    expect(categoryPathText(['World', 'Europe', 'Politics'])).toBe('World › Europe › Politics');
    expect(categoryPathText(['World'])).toBe('World');
    expect(categoryPathText([])).toBe('');
  });
});
