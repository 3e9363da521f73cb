import {
  claimPlanned,
  decideArticle,
  fingerprintOf,
  type DecideContext,
  type FieldValues,
  type Right,
} from '..';
import type { BatchState, Candidate, Decision, ExistingArticle } from '../../types';

const ARTICLE = 'plugin::newsroom.article';
const AUTHOR = 'plugin::newsroom.author';
const CATEGORY = 'plugin::newsroom.category';

const candidate = (over: Partial<Candidate> = {}): Candidate => ({
  source: 'wire/weather.txt',
  file: over.source ?? 'wire/weather.txt',
  index: null,
  key: 'path:wire/weather.txt',
  // Its own key, as for any article that names no translationOf.
  linkKey: over.key ?? 'path:wire/weather.txt',
  locale: 'en',
  hash: 'hash-new',
  sourceHash: null,
  authorRefs: [{ name: 'Ann', slug: 'ann' }],
  categoryRefs: [{ name: 'News', slug: 'news' }],
  draft: {
    title: 'Daily weather',
    slug: 'daily-weather',
    description: '',
    categoryPath: ['News'],
    tags: [],
    authors: ['Ann'],
    body: [],
    wordCount: 0,
    readingTimeMinutes: 1,
    sourceMeta: { format: 'text' },
    warnings: [],
  },
  ...over,
});

const values: FieldValues = {
  title: 'Daily weather',
  slug: 'daily-weather',
  description: '',
  body: [],
  tags: [],
  authors: ['author-ann'],
  category: 'category-news',
};

const existing = (over: Partial<ExistingArticle> = {}): ExistingArticle => ({
  documentId: 'doc-1',
  slug: 'daily-weather',
  sourceKey: 'path:wire/weather.txt',
  sourceName: 'wire/weather.txt',
  imported: true,
  draftHash: 'hash-old',
  publishedHash: 'hash-old',
  fingerprint: fingerprintOf(values),
  current: values,
  createdById: 7,
  ...over,
});

/** An article made by hand in the Content Manager: no source, never imported, no fingerprint. */
const handMadeArticle = (over: Partial<ExistingArticle> = {}): ExistingArticle =>
  existing({
    sourceKey: null,
    imported: false,
    sourceName: null,
    draftHash: null,
    publishedHash: undefined,
    fingerprint: null,
    ...over,
  });

const state = (articles: ExistingArticle[] = []): BatchState => {
  const s: BatchState = {
    articles: new Map(),
    byKey: new Map(),
    bySlug: new Map(),
    authors: new Map([['ann', { id: 1, documentId: 'author-ann', name: 'Ann' }]]),
    categories: new Map([
      ['news', { id: 1, documentId: 'category-news', name: 'News', parentDocumentId: null }],
    ]),
    links: new Map(),
    categoryDocuments: new Map(),
  };
  for (const a of articles) {
    s.articles.set(a.documentId, a);
    s.bySlug.set(a.slug, a.documentId);
    if (a.sourceKey) s.byKey.set(a.sourceKey, a.documentId);
  }
  return s;
};

const context = (over: Partial<DecideContext> = {}): DecideContext => ({
  status: 'published',
  adopt: false,
  overwrite: () => false,
  rights: null,
  ...over,
});

describe('decideArticle', () => {
  it('creates a new article with its own slug', () => {
    const d = decideArticle(candidate(), state(), context());
    expect(d).toMatchObject({ action: 'create', slug: 'daily-weather', existing: null });
    expect(d.authors).toEqual([{ name: 'Ann', slug: 'ann', action: 'reuse' }]);
  });

  it('plans authors and categories to create when they do not exist', () => {
    const s = state();
    s.authors.clear();
    const d = decideArticle(candidate(), s, context());
    expect(d.authors).toEqual([{ name: 'Ann', slug: 'ann', action: 'create' }]);
    expect(d.category).toEqual([{ name: 'News', slug: 'news', action: 'reuse' }]);
  });

  it("never updates another source's article with the same slug: a free slug and a warning", () => {
    const other = existing({ documentId: 'other', sourceKey: 'path:agency-b.txt' });
    const d = decideArticle(candidate(), state([other]), context());
    expect(d).toMatchObject({ action: 'create', slug: 'daily-weather-2' });
    expect(d.warnings).toEqual([
      'The slug "daily-weather" belongs to an article from another source, so this article gets "daily-weather-2".',
    ]);
  });

  it('a hand-made article holding the slug: a free slug, and a warning that says how to adopt it', () => {
    const handMade = handMadeArticle({ documentId: 'hand' });
    const d = decideArticle(candidate(), state([handMade]), context());
    expect(d).toMatchObject({ action: 'create', slug: 'daily-weather-2' });
    expect(d.warnings).toEqual([
      'The slug "daily-weather" belongs to an article made by hand in the Content Manager, so this article gets "daily-weather-2". To update that article instead, import with --adopt (in the admin: "Adopt hand-made articles").',
    ]);
  });

  it('is unchanged when the content hash is the same (and published, when publishing)', () => {
    const same = existing({ draftHash: 'hash-new', publishedHash: 'hash-new' });
    expect(decideArticle(candidate(), state([same]), context()).action).toBe('unchanged');
    const draftOnly = existing({ draftHash: 'hash-new', publishedHash: undefined });
    expect(decideArticle(candidate(), state([draftOnly]), context()).action).toBe('update');
    expect(
      decideArticle(candidate(), state([draftOnly]), context({ status: 'draft' })).action
    ).toBe('unchanged');
  });

  it('updates the article of the same source, keeping its document', () => {
    const d = decideArticle(candidate(), state([existing()]), context());
    expect(d).toMatchObject({ action: 'update', slug: 'daily-weather' });
    expect(d.existing?.documentId).toBe('doc-1');
  });

  it('is a conflict when an editor changed the article since its last import', () => {
    const edited = existing({ current: { ...values, title: 'Edited', tags: ['x'] } });
    expect(decideArticle(candidate(), state([edited]), context())).toMatchObject({
      action: 'conflict',
      changedFields: ['title', 'tags'],
    });
  });

  it('a conflict carries the slug an overwrite would give it (a free one when another holds it)', () => {
    const edited = existing({
      slug: 'old-weather',
      current: { ...values, slug: 'old-weather', title: 'Edited' },
    });
    const other = existing({ documentId: 'other', sourceKey: 'path:agency-b.txt' });
    expect(decideArticle(candidate(), state([edited, other]), context())).toMatchObject({
      action: 'conflict',
      changedFields: ['title', 'slug'],
      slug: 'daily-weather-2',
    });
    expect(decideArticle(candidate(), state([edited]), context())).toMatchObject({
      action: 'conflict',
      slug: 'daily-weather',
    });
  });

  it('overwrites an edited article only when the user chose it', () => {
    const edited = existing({ current: { ...values, body: [{ type: 'paragraph' }] } });
    const chosen = context({ overwrite: (id) => id === 'doc-1' });
    const d = decideArticle(candidate(), state([edited]), chosen);
    expect(d.action).toBe('update');
    expect(d.warnings).toEqual(['Overwrote changes made since the last import (body), as asked.']);
    // The source did not change: unchanged, unless overwriting (then the source is restored).
    const same = existing({
      current: { ...values, body: [{ type: 'paragraph' }] },
      draftHash: 'hash-new',
      publishedHash: 'hash-new',
    });
    expect(decideArticle(candidate(), state([same]), context()).action).toBe('unchanged');
    expect(decideArticle(candidate(), state([same]), chosen).action).toBe('update');
  });

  it('names every field it overwrote', () => {
    const edited = existing({ current: { ...values, title: 'Edited', tags: ['x'] } });
    const d = decideArticle(candidate(), state([edited]), context({ overwrite: () => true }));
    expect(d.warnings).toEqual([
      'Overwrote changes made since the last import (title, tags), as asked.',
    ]);
  });

  it('overwriting everything (--overwrite) leaves an article nobody edited as any other', () => {
    const all = context({ overwrite: () => true });
    const same = existing({ draftHash: 'hash-new', publishedHash: 'hash-new' });
    expect(decideArticle(candidate(), state([same]), all)).toMatchObject({
      action: 'unchanged',
      warnings: [],
    });
    expect(decideArticle(candidate(), state([existing()]), all)).toMatchObject({
      action: 'update',
      warnings: [],
    });
  });

  it('an article without a fingerprint (hand-made, adopted) is never a conflict', () => {
    const adoptedBefore = existing({ fingerprint: null, current: { ...values, title: 'x' } });
    expect(decideArticle(candidate(), state([adoptedBefore]), context()).action).toBe('update');
  });

  it('adopts a hand-made article only when asked', () => {
    const handMade = handMadeArticle();
    expect(decideArticle(candidate(), state([handMade]), context())).toMatchObject({
      action: 'create',
      slug: 'daily-weather-2',
    });
    const adopted = decideArticle(candidate(), state([handMade]), context({ adopt: true }));
    expect(adopted).toMatchObject({ action: 'update', slug: 'daily-weather' });
    expect(adopted.warnings).toEqual([expect.stringMatching(/^Adopted the article/)]);
  });

  it('gives each warning a code and its values beside the English text', () => {
    const codes = (d: Decision) => {
      expect(d.warningDetails.map((warning) => warning.message)).toEqual(d.warnings);
      return d.warningDetails.map(({ code, params }) => ({ code, params }));
    };
    const other = existing({ documentId: 'other', sourceKey: 'path:agency-b.txt' });
    expect(codes(decideArticle(candidate(), state([other]), context()))).toEqual([
      { code: 'SLUG_TAKEN', params: { wanted: 'daily-weather', slug: 'daily-weather-2' } },
    ]);
    const handMade = handMadeArticle({ documentId: 'hand' });
    expect(codes(decideArticle(candidate(), state([handMade]), context()))).toEqual([
      {
        code: 'SLUG_TAKEN_BY_HAND_MADE',
        params: { wanted: 'daily-weather', slug: 'daily-weather-2' },
      },
    ]);
    expect(
      codes(decideArticle(candidate(), state([handMadeArticle()]), context({ adopt: true })))
    ).toEqual([{ code: 'ADOPTED', params: { slug: 'daily-weather' } }]);
    const edited = existing({ current: { ...values, title: 'Edited', tags: ['x'] } });
    expect(
      codes(decideArticle(candidate(), state([edited]), context({ overwrite: () => true })))
    ).toEqual([{ code: 'OVERWROTE_EDITS', params: { fields: ['title', 'tags'] } }]);
  });

  describe('permissions', () => {
    const denying =
      (denied: (right: Right, article: ExistingArticle | null) => boolean) =>
      (right: Right, article: ExistingArticle | null) =>
        !denied(right, article);

    it('forbids an update the role may not do on this article (conditions see the article)', () => {
      const asked: (string | null)[] = [];
      const rights = (right: Right, article: ExistingArticle | null) => {
        asked.push(`${right.action}:${article?.documentId ?? 'new'}`);
        return !(right.action === 'update' && article?.createdById !== 99);
      };
      expect(decideArticle(candidate(), state([existing()]), context({ rights }))).toMatchObject({
        action: 'forbidden',
        missing: { action: 'update', subject: ARTICLE },
      });
      expect(asked).toEqual(['update:doc-1']);
      const mine = existing({ createdById: 99 });
      expect(decideArticle(candidate(), state([mine]), context({ rights })).action).toBe('update');
    });

    it('asks for the cover field only when the write sets a cover (had, or to upload)', () => {
      const asked: string[] = [];
      const rights = (right: Right) => {
        asked.push(`${right.action}${right.field ? `:${right.field}` : ''}`);
        return right.field !== 'cover';
      };
      const picture = (over: object) => ({
        src: 'a.png',
        cover: true,
        alt: null,
        caption: null,
        from: 'path' as const,
        sha256: null,
        problem: null,
        file: null,
        pending: null,
        ...over,
      });
      const withCover = (over: object) =>
        candidate({ images: { cover: picture(over), body: [], baseHash: 'hash-new' } });
      const ctx = context({ rights, status: 'draft' });
      const file = { id: 3, url: '/uploads/a.png' };
      const bytes = {
        bytes: new Uint8Array(),
        sha256: 'x',
        mime: 'image/png',
        ext: '.png',
        name: 'a.png',
      };
      expect(decideArticle(withCover({ file }), state(), ctx)).toMatchObject({
        action: 'forbidden',
        missing: { action: 'create', subject: ARTICLE, field: 'cover' },
      });
      expect(decideArticle(withCover({ pending: bytes }), state([existing()]), ctx)).toMatchObject({
        action: 'forbidden',
        missing: { action: 'update', subject: ARTICLE, field: 'cover' },
      });
      asked.length = 0;
      // A cover that cannot be had is left out: nothing to ask for.
      expect(decideArticle(withCover({ problem: 'NOT_FOUND' }), state(), ctx).action).toBe(
        'create'
      );
      expect(decideArticle(candidate(), state(), ctx).action).toBe('create');
      expect(asked).toEqual(['create', 'create']);
    });

    it('forbids publishing, and creating authors or categories, without the right', () => {
      const noPublish = denying((r) => r.action === 'publish');
      expect(decideArticle(candidate(), state(), context({ rights: noPublish }))).toMatchObject({
        action: 'forbidden',
        missing: { action: 'publish' },
      });
      expect(
        decideArticle(candidate(), state(), context({ rights: noPublish, status: 'draft' })).action
      ).toBe('create');
      const s = state();
      s.categories.clear();
      const noCategories = denying((r) => r.subject === 'plugin::newsroom.category');
      expect(decideArticle(candidate(), s, context({ rights: noCategories }))).toMatchObject({
        action: 'forbidden',
        missing: { action: 'create', subject: 'plugin::newsroom.category' },
      });
      expect(decideArticle(candidate(), state(), context({ rights: noCategories })).action).toBe(
        'create'
      );
    });

    /** The Content Manager rights a decision asks for (all granted), as `action subject`. */
    const askedFor = (c: Candidate, s: BatchState, status: DecideContext['status'] = 'draft') => {
      const asked: string[] = [];
      const rights = (right: Right) => {
        asked.push(`${right.action} ${right.subject}`);
        return true;
      };
      decideArticle(c, s, context({ rights, status }));
      return asked;
    };

    it('asks to create authors only when the byline names one the database does not have', () => {
      const ann = { name: 'Ann', slug: 'ann' };
      const bob = { name: 'Bob', slug: 'bob' };
      expect(askedFor(candidate({ authorRefs: [ann] }), state())).toEqual([`create ${ARTICLE}`]);
      expect(askedFor(candidate({ authorRefs: [] }), state())).toEqual([`create ${ARTICLE}`]);
      expect(askedFor(candidate({ authorRefs: [ann, bob] }), state())).toEqual([
        `create ${ARTICLE}`,
        `create ${AUTHOR}`,
      ]);
      expect(askedFor(candidate({ authorRefs: [bob] }), state([existing()]), 'published')).toEqual([
        `update ${ARTICLE}`,
        `publish ${ARTICLE}`,
        `create ${AUTHOR}`,
      ]);
    });

    it('asks to create categories only when the path has one the database does not have', () => {
      const news = { name: 'News', slug: 'news' };
      const weather = { name: 'Weather', slug: 'weather' };
      expect(askedFor(candidate({ categoryRefs: [news] }), state())).toEqual([`create ${ARTICLE}`]);
      expect(askedFor(candidate({ categoryRefs: [] }), state())).toEqual([`create ${ARTICLE}`]);
      // News exists, Weather under it is created.
      expect(askedFor(candidate({ categoryRefs: [news, weather] }), state())).toEqual([
        `create ${ARTICLE}`,
        `create ${CATEGORY}`,
      ]);
    });

    it('forbids creating an article the role may not create, and one whose new author it may not create', () => {
      const noArticles = denying((r) => r.action === 'create' && r.subject === ARTICLE);
      expect(decideArticle(candidate(), state(), context({ rights: noArticles }))).toMatchObject({
        action: 'forbidden',
        existing: null,
        missing: { action: 'create', subject: ARTICLE },
      });
      const noAuthors = denying((r) => r.subject === AUTHOR);
      const s = state();
      s.authors.clear();
      expect(decideArticle(candidate(), s, context({ rights: noAuthors }))).toMatchObject({
        action: 'forbidden',
        missing: { action: 'create', subject: AUTHOR },
      });
      expect(decideArticle(candidate(), state(), context({ rights: noAuthors })).action).toBe(
        'create'
      );
    });

    it('asks nothing for an unchanged article, and forbids before reporting a conflict', () => {
      const never = () => false;
      const same = existing({ draftHash: 'hash-new', publishedHash: 'hash-new' });
      expect(decideArticle(candidate(), state([same]), context({ rights: never })).action).toBe(
        'unchanged'
      );
      const edited = existing({ current: { ...values, title: 'Edited' } });
      expect(decideArticle(candidate(), state([edited]), context({ rights: never })).action).toBe(
        'forbidden'
      );
    });
  });
});

describe('translations', () => {
  const translation = (over: Partial<Candidate> = {}) =>
    candidate({
      key: 'id:weather-ru',
      linkKey: 'id:weather',
      locale: 'ru',
      source: 'ru/weather.md',
      draft: { ...candidate().draft, slug: 'pogoda' },
      ...over,
    });
  const linked = (articles: ExistingArticle[] = []) => {
    const s = state(articles);
    s.links.set('id:weather', 'doc-story');
    return s;
  };

  it('adds the locale to the story the link key names', () => {
    expect(decideArticle(translation(), linked(), context())).toMatchObject({
      action: 'create',
      slug: 'pogoda',
      translationOf: 'doc-story',
    });
  });

  it("is a conflict when the story has the locale from another source: not a new document, not that source's version replaced, whatever the overwrite choice or rights", () => {
    const other = existing({ documentId: 'doc-story', slug: 'pogoda-segodnya', sourceKey: 'id:x' });
    for (const ctx of [
      context(),
      context({ overwrite: () => true }),
      context({ rights: () => false }),
      context({ adopt: true }),
    ]) {
      const decision = decideArticle(translation(), linked([other]), ctx);
      expect(decision).toMatchObject({
        action: 'conflict',
        existing: { documentId: 'doc-story' },
        changedFields: [],
        slug: 'pogoda-segodnya',
        translationTaken: 'OTHER_SOURCE',
      });
    }
  });

  it('says whose the version is: made by hand, or imported (with a key or before keys existed)', () => {
    const taken = (article: ExistingArticle) => {
      const decision = decideArticle(translation(), linked([article]), context());
      return decision.action === 'conflict' ? decision.translationTaken : decision.action;
    };
    expect(taken(handMadeArticle({ documentId: 'doc-story', slug: 'ruchnaya' }))).toBe('HAND_MADE');
    expect(
      taken(handMadeArticle({ documentId: 'doc-story', slug: 'ruchnaya', imported: true }))
    ).toBe('OTHER_SOURCE');
    expect(
      taken(handMadeArticle({ documentId: 'doc-story', slug: 'ruchnaya', sourceKey: 'id:y' }))
    ).toBe('OTHER_SOURCE');
  });

  it("the same source's version is its own: unchanged or updated, as before", () => {
    const own = existing({
      documentId: 'doc-story',
      slug: 'pogoda',
      sourceKey: 'id:weather-ru',
      draftHash: 'hash-new',
      publishedHash: 'hash-new',
    });
    expect(decideArticle(translation(), linked([own]), context()).action).toBe('unchanged');
    expect(
      decideArticle(translation({ hash: 'hash-newer' }), linked([own]), context()).action
    ).toBe('update');
  });
});

describe('claimPlanned', () => {
  it('a planned translation takes its locale: a second one of the story is a conflict', () => {
    const s = state();
    s.links.set('id:weather', 'doc-story');
    const ru = (key: string, slug: string) =>
      candidate({
        key,
        linkKey: 'id:weather',
        locale: 'ru',
        source: `${key}.md`,
        draft: { ...candidate().draft, slug },
      });
    const first = decideArticle(ru('id:a', 'pogoda'), s, context());
    expect(first).toMatchObject({ action: 'create', translationOf: 'doc-story' });
    claimPlanned(s, ru('id:a', 'pogoda'), first);
    expect(s.links.get('id:weather')).toBe('doc-story');
    expect(decideArticle(ru('id:b', 'pogoda-2'), s, context())).toMatchObject({
      action: 'conflict',
      existing: { documentId: 'doc-story', slug: 'pogoda', sourceKey: 'id:a' },
      translationTaken: 'OTHER_SOURCE',
    });
  });

  it('a planned new article takes its locale too: an article of that locale naming it in translationOf is a conflict', () => {
    const s = state();
    const first = decideArticle(candidate(), s, context());
    claimPlanned(s, candidate(), first);
    expect(s.links.get('path:wire/weather.txt')).toBe('planned:path:wire/weather.txt');
    const same = candidate({
      key: 'id:rewrite',
      linkKey: 'path:wire/weather.txt',
      source: 'desk/rewrite.md',
      draft: { ...candidate().draft, slug: 'weather-rewrite' },
    });
    expect(decideArticle(same, s, context())).toMatchObject({
      action: 'conflict',
      existing: { documentId: 'planned:path:wire/weather.txt', slug: 'daily-weather' },
    });
  });

  it('keeps what the state knew of a link', () => {
    const known = existing({ documentId: 'doc-known', slug: 'known' });
    const s = state([known]);
    s.links.set('path:wire/weather.txt', 'doc-other');
    claimPlanned(s, candidate(), decideArticle(candidate({ key: 'path:x' }), s, context()));
    expect(s.links.get('path:wire/weather.txt')).toBe('doc-other');
    expect(s.articles.get('doc-known')).toBe(known);
  });

  it('makes a later article of the same import plan a free slug', () => {
    const s = state();
    const first = decideArticle(candidate(), s, context());
    claimPlanned(s, candidate(), first);
    const second = candidate({ key: 'path:other.txt', source: 'other.txt' });
    expect(decideArticle(second, s, context())).toMatchObject({
      action: 'create',
      slug: 'daily-weather-2',
    });
  });

  it('claims the new slug of an updated article too', () => {
    // The article's title changed: its update moves it to a new slug, which a later new article
    // of the same import may not take.
    const s = state([existing()]);
    const renamed = (over: Partial<Candidate>) =>
      candidate({ ...over, draft: { ...candidate().draft, slug: 'weather-today' } });
    const update = decideArticle(renamed({}), s, context());
    expect(update).toMatchObject({ action: 'update', slug: 'weather-today' });
    claimPlanned(s, renamed({}), update);
    const next = renamed({ key: 'path:other.txt', source: 'other.txt' });
    expect(decideArticle(next, s, context())).toMatchObject({
      action: 'create',
      slug: 'weather-today-2',
    });
  });

  it("makes an adopted article this source's: a later file with its slug gets a free one, as the import does", () => {
    // The preview must plan what the import writes: the import adopts the hand-made article with
    // the first file, after which it belongs to that source, so the second file is a new article.
    const handMade = handMadeArticle();
    const s = state([handMade]);
    const first = decideArticle(candidate(), s, context({ adopt: true }));
    expect(first).toMatchObject({ action: 'update', slug: 'daily-weather' });
    claimPlanned(s, candidate(), first);
    const second = candidate({ key: 'path:desk/weather.txt', source: 'desk/weather.txt' });
    const planned = decideArticle(second, s, context({ adopt: true }));
    expect(planned).toMatchObject({ action: 'create', slug: 'daily-weather-2' });
    expect(planned.warnings).toEqual([
      'The slug "daily-weather" belongs to an article from another source, so this article gets "daily-weather-2".',
    ]);
    // The first file itself still finds the article by its source key.
    expect(decideArticle(candidate(), s, context())).toMatchObject({
      action: 'update',
      existing: { documentId: 'doc-1' },
    });
  });

  it('claims nothing for decisions that write nothing', () => {
    const s = state([existing({ draftHash: 'hash-new', publishedHash: 'hash-new' })]);
    const before = new Map(s.bySlug);
    claimPlanned(s, candidate(), decideArticle(candidate(), s, context()));
    expect(s.bySlug).toEqual(before);
  });
});
