import type { ArticleReport, ImportReport } from '../../../shared/contracts';

export const SEED_TITLE = 'Azerbaijan, Iran relations at high level – Iranian official';

export const seedArticle = (overrides: Partial<ArticleReport> = {}): ArticleReport => ({
  source: 'seed.txt',
  file: overrides.source ?? 'seed.txt',
  index: null,
  action: 'create',
  slug: 'azerbaijan-iran-relations-at-high-level-iranian-official',
  documentId: null,
  title: SEED_TITLE,
  warnings: [],
  error: null,
  authors: [{ name: 'Ayya Lmahamad', slug: 'ayya-lmahamad', action: 'create' }],
  category: [{ name: 'Politics', slug: 'politics', action: 'reuse' }],
  draft: {
    title: SEED_TITLE,
    slug: 'azerbaijan-iran-relations-at-high-level-iranian-official',
    description: 'Iranian-Azerbaijani relations are at a high level and will continue to develop.',
    categoryPath: ['Politics'],
    tags: ['Azerbaijan', 'Iran'],
    authors: ['Ayya Lmahamad'],
    body: [],
    wordCount: 412,
    readingTimeMinutes: 3,
    sourceMeta: { format: 'text', aboutAuthor: 'Fidan Abdullayeva' },
    warnings: [],
  },
  ...overrides,
});

export const invalidArticle = (overrides: Partial<ArticleReport> = {}): ArticleReport => ({
  source: 'broken.md',
  file: overrides.source ?? 'broken.md',
  index: null,
  action: 'invalid',
  slug: null,
  documentId: null,
  title: null,
  warnings: [],
  error: {
    message: 'The front matter is not valid YAML: bad indentation',
    line: 4,
    code: 'INVALID_FRONT_MATTER',
  },
  authors: [],
  category: [],
  ...overrides,
});

export const report = (
  articles: ArticleReport[],
  overrides: Partial<ImportReport> = {}
): ImportReport => {
  const count = (action: string) => articles.filter((a) => a.action === action).length;
  return {
    dryRun: false,
    status: 'published',
    totals: {
      created: count('created'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      conflicts: count('conflict'),
      forbidden: count('forbidden'),
      failed: count('failed'),
    },
    authors: { created: 1, reused: 0 },
    categories: { created: 0, reused: 1 },
    articles,
    durationMs: 42,
    ...overrides,
  };
};
