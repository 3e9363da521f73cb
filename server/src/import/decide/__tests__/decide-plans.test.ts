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
  linkKey: 'path:a.txt',
  locale: 'en',
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
  links: new Map(),
  categoryDocuments: new Map(),
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
      warningDetails: [],
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
  /** A category path given by the source, against the category tree stored before the import. */
  interface CategoryCase {
    title: string;
    path: string[];
    tree: [string, string | null][];
    /** The categories the article is filed under, root first. */
    refs: string[];
    /** What the decision reports for the path: each category reused or created. */
    category: [string, 'reuse' | 'create'][];
    warnings: string[];
  }

  it.each<CategoryCase>([
    {
      title: 'creates a whole new path, root first',
      path: ['Business', 'Energy'],
      tree: [],
      refs: ['Business', 'Energy'],
      category: [
        ['Business', 'create'],
        ['Energy', 'create'],
      ],
      warnings: [],
    },
    {
      title: 'creates the missing part of a path whose root exists',
      path: ['Business', 'Energy'],
      tree: [['Business', null]],
      refs: ['Business', 'Energy'],
      category: [
        ['Business', 'reuse'],
        ['Energy', 'create'],
      ],
      warnings: [],
    },
    {
      title: 'reuses a path that matches the tree, and reports all of it',
      path: ['Business', 'Energy'],
      tree: [
        ['Business', null],
        ['Energy', 'Business'],
      ],
      refs: ['Business', 'Energy'],
      category: [
        ['Business', 'reuse'],
        ['Energy', 'reuse'],
      ],
      warnings: [],
    },
    {
      title: 'a single existing category is reused as it is',
      path: ['Energy'],
      tree: [['Energy', 'Business']],
      refs: ['Energy'],
      category: [['Energy', 'reuse']],
      warnings: [],
    },
    {
      title:
        'an existing root-level leaf whose path parent does not exist: the article goes to the leaf, nothing is created',
      path: ['World', 'Politics', 'Energy'],
      tree: [['Energy', null]],
      refs: ['Energy'],
      category: [['Energy', 'reuse']],
      warnings: [],
    },
    {
      title:
        'an existing leaf under another existing parent: the article goes there, with a warning',
      path: ['Politics', 'Energy'],
      tree: [
        ['Politics', null],
        ['Business', null],
        ['Energy', 'Business'],
      ],
      refs: ['Energy'],
      category: [['Energy', 'reuse']],
      warnings: [
        'Category "Energy" already exists elsewhere in the category tree; the article goes there (the source said "Politics / Energy").',
      ],
    },
    {
      title: 'an existing leaf at the root while the path puts it lower: moved, so a warning',
      path: ['Business', 'Energy'],
      tree: [
        ['Business', null],
        ['Energy', null],
      ],
      refs: ['Energy'],
      category: [['Energy', 'reuse']],
      warnings: [
        'Category "Energy" already exists elsewhere in the category tree; the article goes there (the source said "Business / Energy").',
      ],
    },
    {
      title: 'an existing root-level leaf given alone is not moved',
      path: ['Energy'],
      tree: [['Energy', null]],
      refs: ['Energy'],
      category: [['Energy', 'reuse']],
      warnings: [],
    },
    {
      title: 'a leaf whose parent is in the tree but the leaf is not: the path is created as given',
      path: ['Politics', 'World', 'Elections'],
      tree: [
        ['Politics', null],
        ['World', 'Politics'],
      ],
      refs: ['Politics', 'World', 'Elections'],
      category: [
        ['Politics', 'reuse'],
        ['World', 'reuse'],
        ['Elections', 'create'],
      ],
      warnings: [],
    },
  ])('$title', ({ path, tree, refs, category, warnings }) => {
    const decision = decide(candidate([], path), state(undefined, [], tree), 'draft');
    expect(decision.categoryRefs).toEqual(refs.map(ref));
    expect(decision.category).toEqual(
      category.map(([name, action]) => ({ name, slug: name.toLowerCase(), action }))
    );
    // toEqual takes [undefined] for []: the lengths are checked on their own.
    expect(decision.warnings).toHaveLength(warnings.length);
    expect(decision.warnings).toEqual(warnings);
    expect(decision.warningDetails).toHaveLength(warnings.length);
    expect(decision.warningDetails.map((warning) => warning.message)).toEqual(warnings);
  });

  it('a moved category: code CATEGORY_MOVED with the category and the path the source gave', () => {
    const tree: [string, string | null][] = [
      ['Politics', null],
      ['Business', null],
      ['Energy', 'Business'],
    ];
    const decision = decide(
      candidate([], ['Politics', 'Energy']),
      state(undefined, [], tree),
      'draft'
    );
    expect(decision.warningDetails.map(({ code, params }) => ({ code, params }))).toEqual([
      { code: 'CATEGORY_MOVED', params: { category: 'Energy', path: 'Politics / Energy' } },
    ]);
  });
});
