import type { ArticleStatus } from '../../../../../shared/contracts';
import { decideArticle } from '..';
import type {
  BatchState,
  Candidate,
  EntityRef,
  ExistingArticle,
  ExistingEntity,
} from '../../types';
import type { ArticleDraft } from '../../../parsing';

/** The decision for an article of this source, without permission checks, adopt or overwrite. */
const decide = (c: Candidate, s: BatchState, status: ArticleStatus) =>
  decideArticle(c, s, { status, adopt: false, overwrite: () => false, rights: null });

const ref = (name: string): EntityRef => ({ name, slug: name.toLowerCase() });

const candidate = (
  authors: string[] = [],
  categories: string[] = [],
  hash = 'hash-new'
): Candidate => ({
  source: 'a.txt',
  file: 'a.txt',
  index: null,
  draft: { slug: 'the-article', title: 'The article' } as ArticleDraft,
  hash,
  sourceHash: null,
  key: 'path:a.txt',
  authorRefs: authors.map(ref),
  categoryRefs: categories.map(ref),
});

let nextId = 1;
const entity = (name: string, parentDocumentId?: string | null): ExistingEntity => ({
  id: nextId++,
  documentId: `doc-${name.toLowerCase()}`,
  name,
  ...(parentDocumentId === undefined ? {} : { parentDocumentId }),
});

const state = (
  article?: ExistingArticle,
  authors: string[] = [],
  categories: [string, string | null][] = []
): BatchState => ({
  articles: new Map(article ? [[article.documentId, article]] : []),
  byKey: new Map(article ? [['path:a.txt', article.documentId]] : []),
  bySlug: new Map(article ? [['the-article', article.documentId]] : []),
  authors: new Map(authors.map((name) => [name.toLowerCase(), entity(name)])),
  categories: new Map(
    categories.map(([name, parent]) => [
      name.toLowerCase(),
      entity(name, parent === null ? null : `doc-${parent.toLowerCase()}`),
    ])
  ),
});

const existing = (draftHash: string | null, publishedHash?: string | null): ExistingArticle => ({
  documentId: 'doc-article',
  slug: 'the-article',
  sourceKey: 'path:a.txt',
  sourceName: 'a.txt',
  imported: true,
  draftHash,
  publishedHash,
  fingerprint: null,
  current: {
    title: 'The article',
    slug: 'the-article',
    description: '',
    body: [],
    tags: [],
    authors: [],
    category: null,
  },
  createdById: null,
});

describe('decide: create, update or unchanged', () => {
  it('creates an article whose slug the database does not hold', () => {
    const decision = decide(candidate(), state(), 'draft');
    expect(decision).toEqual({
      action: 'create',
      slug: 'the-article',
      existing: null,
      authors: [],
      category: [],
      categoryRefs: [],
      warnings: [],
    });
  });

  it('a draft import is unchanged when the draft has the same content hash', () => {
    const same = existing('hash-new', 'hash-old');
    const decision = decide(candidate(), state(same), 'draft');
    expect(decision.action).toBe('unchanged');
    expect(decision.existing).toBe(same);
  });

  it('a draft import updates when the draft differs (whatever the published version)', () => {
    expect(decide(candidate(), state(existing('hash-old', 'hash-new')), 'draft').action).toBe(
      'update'
    );
    expect(decide(candidate(), state(existing(null)), 'draft').action).toBe('update');
  });

  it('publishing is unchanged only when the draft and the published version both match', () => {
    const status = 'published';
    expect(decide(candidate(), state(existing('hash-new', 'hash-new')), status).action).toBe(
      'unchanged'
    );
    expect(decide(candidate(), state(existing('hash-new', 'hash-old')), status).action).toBe(
      'update'
    );
    expect(decide(candidate(), state(existing('hash-new', undefined)), status).action).toBe(
      'update'
    );
    expect(decide(candidate(), state(existing('hash-old', 'hash-new')), status).action).toBe(
      'update'
    );
  });
});

describe('decide: authors', () => {
  it('reuses known authors and creates the others, in byline order', () => {
    const decision = decide(
      candidate(['Zoe', 'Carl', 'Mona']),
      state(undefined, ['Mona', 'Zoe']),
      'draft'
    );
    expect(decision.authors).toEqual([
      { name: 'Zoe', slug: 'zoe', action: 'reuse' },
      { name: 'Carl', slug: 'carl', action: 'create' },
      { name: 'Mona', slug: 'mona', action: 'reuse' },
    ]);
  });
});

describe('decide: categories', () => {
  it('creates a whole new path, root first', () => {
    const decision = decide(candidate([], ['Business', 'Energy']), state(), 'draft');
    expect(decision.categoryRefs).toEqual([ref('Business'), ref('Energy')]);
    expect(decision.category).toEqual([
      { name: 'Business', slug: 'business', action: 'create' },
      { name: 'Energy', slug: 'energy', action: 'create' },
    ]);
    expect(decision.warnings).toEqual([]);
  });

  it('creates the missing part of a path whose root exists', () => {
    const decision = decide(
      candidate([], ['Business', 'Energy']),
      state(undefined, [], [['Business', null]]),
      'draft'
    );
    expect(decision.categoryRefs).toEqual([ref('Business'), ref('Energy')]);
    expect(decision.category.map((c) => c.action)).toEqual(['reuse', 'create']);
    expect(decision.warnings).toEqual([]);
  });

  it('reuses a path that matches the tree, and reports all of it', () => {
    const decision = decide(
      candidate([], ['Business', 'Energy']),
      state(
        undefined,
        [],
        [
          ['Business', null],
          ['Energy', 'Business'],
        ]
      ),
      'draft'
    );
    expect(decision.categoryRefs).toEqual([ref('Business'), ref('Energy')]);
    expect(decision.category.map((c) => c.action)).toEqual(['reuse', 'reuse']);
    expect(decision.warnings).toEqual([]);
  });

  it('a single existing category is reused as it is', () => {
    const decision = decide(
      candidate([], ['Energy']),
      state(undefined, [], [['Energy', 'Business']]),
      'draft'
    );
    expect(decision.categoryRefs).toEqual([ref('Energy')]);
    expect(decision.category).toEqual([{ name: 'Energy', slug: 'energy', action: 'reuse' }]);
    expect(decision.warnings).toEqual([]);
  });

  it('an existing root-level leaf whose path parent does not exist: the article goes to the leaf, nothing is created', () => {
    const decision = decide(
      candidate([], ['World', 'Politics', 'Energy']),
      state(undefined, [], [['Energy', null]]),
      'draft'
    );
    expect(decision.categoryRefs).toEqual([ref('Energy')]);
    expect(decision.category).toEqual([{ name: 'Energy', slug: 'energy', action: 'reuse' }]);
    expect(decision.warnings).toEqual([]);
  });

  it('an existing leaf under another existing parent: the article goes there, with a warning', () => {
    const decision = decide(
      candidate([], ['Politics', 'Energy']),
      state(
        undefined,
        [],
        [
          ['Politics', null],
          ['Business', null],
          ['Energy', 'Business'],
        ]
      ),
      'draft'
    );
    expect(decision.categoryRefs).toEqual([ref('Energy')]);
    expect(decision.warnings).toEqual([
      'Category "Energy" already exists elsewhere in the category tree; the article goes there (the source said "Politics / Energy").',
    ]);
  });

  it('an existing leaf at the root while the path puts it lower: moved, so a warning', () => {
    const decision = decide(
      candidate([], ['Business', 'Energy']),
      state(
        undefined,
        [],
        [
          ['Business', null],
          ['Energy', null],
        ]
      ),
      'draft'
    );
    expect(decision.categoryRefs).toEqual([ref('Energy')]);
    expect(decision.warnings).toHaveLength(1);
  });

  it('an existing root-level leaf given alone is not moved', () => {
    const decision = decide(
      candidate([], ['Energy']),
      state(undefined, [], [['Energy', null]]),
      'draft'
    );
    expect(decision.categoryRefs).toEqual([ref('Energy')]);
    expect(decision.warnings).toEqual([]);
  });

  it('a leaf whose parent is in the tree but the leaf is not: the path is created as given', () => {
    const decision = decide(
      candidate([], ['Politics', 'World', 'Elections']),
      state(
        undefined,
        [],
        [
          ['Politics', null],
          ['World', 'Politics'],
        ]
      ),
      'draft'
    );
    expect(decision.categoryRefs.map((c) => c.name)).toEqual(['Politics', 'World', 'Elections']);
    expect(decision.category.map((c) => c.action)).toEqual(['reuse', 'reuse', 'create']);
  });
});
