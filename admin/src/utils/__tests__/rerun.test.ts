import type {
  ArticleReport,
  ImportFile,
  ImportHistoryEntry,
  ImportReport,
} from '../../../../shared/contracts';
import type { RequestFailure } from '../../api/errors';
import type { BatchOutcome } from '../chunks';
import { failedFilesOf, filesNamed, matchExpected, rerunChoiceOf } from '../rerun';

const article = (source: string, over: Partial<ArticleReport> = {}): ArticleReport => ({
  source,
  file: source.replace(/#\d+$/, ''),
  index: /#(\d+)$/.test(source) ? Number(source.slice(source.lastIndexOf('#') + 1)) : null,
  action: 'created',
  slug: source,
  documentId: `doc-${source}`,
  title: `Title of ${source}`,
  warnings: [],
  error: null,
  authors: [],
  category: [],
  ...over,
});

const report = (articles: ArticleReport[]): ImportReport => ({
  dryRun: false,
  status: 'published',
  totals: { created: 0, updated: 0, unchanged: 0, conflicts: 0, forbidden: 0, failed: 0 },
  authors: { created: 0, reused: 0 },
  categories: { created: 0, reused: 0 },
  articles,
  durationMs: 1,
});

const serverError: RequestFailure = {
  kind: 'http',
  status: 500,
  name: 'InternalServerError',
  message: 'Internal Server Error',
};

/** A 400 that names the sources the server could not parse. */
const parseRefusal = (...sources: string[]): RequestFailure => ({
  kind: 'http',
  status: 400,
  name: 'ValidationError',
  message: 'Some files do not parse',
  details: { errors: sources.map((source) => ({ source, message: 'Bad JSON', line: 1 })) },
});

const writeFailed = { message: 'SQLITE_CONSTRAINT: refused', line: null, code: 'WRITE_FAILED' };

describe('rerunChoiceOf', () => {
  it('re-runs the files of failed writes, failed requests and cancelled sends, in order', () => {
    const outcome: BatchOutcome = {
      report: report([
        article('a.txt'),
        article('b.txt', { action: 'failed', documentId: null, error: writeFailed }),
        article('c.txt', { action: 'conflict' }),
        article('d.txt', { action: 'forbidden' }),
      ]),
      failures: [{ files: ['e.txt', 'f.txt'], failure: serverError }],
      cancelled: ['g.txt'],
      totalFiles: 7,
    };
    expect(rerunChoiceOf(outcome)).toEqual({
      retry: ['b.txt', 'e.txt', 'f.txt', 'g.txt'],
      needsEditing: [],
    });
  });

  it('does not re-run files refused for their content: they need editing first', () => {
    const outcome: BatchOutcome = {
      report: report([
        article('list.json#1'),
        article('list.json#2', {
          action: 'failed',
          error: { message: 'title: too long', line: null, code: 'INVALID_ARTICLE' },
        }),
        article('x.txt', { action: 'failed', error: writeFailed }),
      ]),
      failures: [{ files: ['p.json', 'q.txt'], failure: parseRefusal('p.json#3') }],
      skipped: [article('broken.md', { action: 'failed', documentId: null })],
      totalFiles: 5,
    };
    expect(rerunChoiceOf(outcome)).toEqual({
      retry: ['x.txt', 'q.txt'],
      needsEditing: ['broken.md', 'list.json', 'p.json'],
    });
  });

  it('a file with one article to fix and one failed write is not re-run as it is', () => {
    const outcome: BatchOutcome = {
      report: report([
        article('list.json#1', { action: 'failed', error: writeFailed }),
        article('list.json#2', {
          action: 'failed',
          error: { message: 'slug: taken', line: null, code: 'INVALID_ARTICLE' },
        }),
      ]),
      failures: [],
      totalFiles: 1,
    };
    expect(rerunChoiceOf(outcome)).toEqual({ retry: [], needsEditing: ['list.json'] });
  });

  it('re-runs every file when no request got a report back', () => {
    const outcome: BatchOutcome = {
      report: null,
      failures: [{ files: ['a.txt', 'b.txt'], failure: serverError }],
      totalFiles: 2,
    };
    expect(rerunChoiceOf(outcome)).toEqual({ retry: ['a.txt', 'b.txt'], needsEditing: [] });
  });

  it('re-runs a failed article that came without an error', () => {
    const outcome: BatchOutcome = {
      report: report([article('a.txt', { action: 'failed', error: null })]),
      failures: [],
      totalFiles: 1,
    };
    expect(rerunChoiceOf(outcome)).toEqual({ retry: ['a.txt'], needsEditing: [] });
  });

  it("finds a refused source's file by its last #number only, however long", () => {
    const outcome: BatchOutcome = {
      report: null,
      failures: [
        {
          files: ['issue#7.json', 'wire.json', 'other.json'],
          failure: parseRefusal('issue#7.json#12', 'wire.json#3'),
        },
      ],
      totalFiles: 3,
    };
    expect(rerunChoiceOf(outcome)).toEqual({
      retry: ['other.json'],
      needsEditing: ['issue#7.json', 'wire.json'],
    });
  });

  it('has nothing to re-run after an import without failures', () => {
    expect(
      rerunChoiceOf({ report: report([article('a.txt')]), failures: [], totalFiles: 1 })
    ).toEqual({ retry: [], needsEditing: [] });
  });
});

describe('filesNamed', () => {
  it('keeps the named files with their contents, in the order they were chosen', () => {
    const files: ImportFile[] = [
      { name: 'a.txt', content: 'A' },
      { name: 'b.txt', content: 'B' },
      { name: 'c.txt', content: 'C' },
    ];
    expect(filesNamed(files, ['c.txt', 'a.txt', 'missing.txt'])).toEqual([
      { name: 'a.txt', content: 'A' },
      { name: 'c.txt', content: 'C' },
    ]);
  });
});

describe('failedFilesOf', () => {
  const entry = (
    articles: ImportHistoryEntry['articles'],
    failed: number
  ): Pick<ImportHistoryEntry, 'articles' | 'totals'> => ({
    articles,
    totals: { created: 0, updated: 0, unchanged: 0, conflicts: 0, forbidden: 0, failed },
  });

  it('names each failed file once — refused ones too — and counts failed articles not listed', () => {
    const { file: _file, ...legacy } = article('old.txt', { action: 'failed' });
    expect(
      failedFilesOf(
        entry(
          [
            article('a.txt'),
            article('list.json#1', { action: 'failed' }),
            article('list.json#2', { action: 'failed' }),
            { ...article('broken.md', { action: 'failed' }), refused: true },
            legacy,
            article('c.txt', { action: 'conflict' }),
          ],
          7
        )
      )
    ).toEqual({ names: ['list.json', 'broken.md', 'old.txt'], unknown: [], unlisted: 3 });
  });

  it('offers the files whose request failed, was cancelled or got no answer, and says which may be imported', () => {
    const unsent = (
      file: string,
      action: 'failed' | 'unknown',
      reason: 'request-failed' | 'cancelled' | 'timeout' | 'network'
    ): ImportHistoryEntry['articles'][number] => ({
      ...article(file, { documentId: null }),
      action,
      unsent: { bytes: 10, reason, status: reason === 'request-failed' ? 500 : null },
    });
    const result = failedFilesOf({
      articles: [
        article('a.txt'),
        unsent('b.txt', 'failed', 'request-failed'),
        unsent('c.txt', 'failed', 'cancelled'),
        unsent('d.txt', 'unknown', 'timeout'),
        unsent('e.txt', 'unknown', 'network'),
      ],
      totals: {
        created: 1,
        updated: 0,
        unchanged: 0,
        conflicts: 0,
        forbidden: 0,
        failed: 2,
        unknown: 3,
      },
    });
    expect(result).toEqual({
      names: ['b.txt', 'c.txt', 'd.txt', 'e.txt'],
      unknown: ['d.txt', 'e.txt'],
      // 5 without outcome counted, 4 listed.
      unlisted: 1,
    });
  });

  it('has no names for an import without failures', () => {
    expect(failedFilesOf(entry([article('a.txt')], 0))).toEqual({
      names: [],
      unknown: [],
      unlisted: 0,
    });
  });
});

describe('matchExpected', () => {
  it('tells the expected files chosen, those missing, and the chosen files not expected', () => {
    expect(
      matchExpected(['a.txt', 'b.txt', 'c.txt'], ['c.txt', 'x.txt', 'a.txt', 'x.txt'])
    ).toEqual({ found: ['a.txt', 'c.txt'], missing: ['b.txt'], unexpected: ['x.txt'] });
  });
});
