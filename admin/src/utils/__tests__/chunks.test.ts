import {
  BATCH_ID_PATTERN,
  type ArticleReport,
  type ImportFile,
  type ImportReport,
  type ImportRequestBody,
} from '../../../../shared/contracts';
import {
  chunkFiles,
  failedCount,
  fileOf,
  mergeReports,
  newBatchId,
  refusedArticles,
  runInChunks,
  splitByPreview,
  titlesByFile,
} from '../chunks';

const file = (name: string, content = 'x'): ImportFile => ({ name, content });
const names = (chunks: ImportFile[][]) => chunks.map((chunk) => chunk.map((f) => f.name));

/** An article of a report; `list.json#2` is the 2nd article of list.json. */
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

const report = (articles: ArticleReport[], over: Partial<ImportReport> = {}): ImportReport => ({
  dryRun: false,
  status: 'draft',
  totals: {
    created: articles.length,
    updated: 0,
    unchanged: 0,
    conflicts: 0,
    forbidden: 0,
    failed: 0,
  },
  authors: { created: 1, reused: 2 },
  categories: { created: 3, reused: 4 },
  articles,
  durationMs: 10,
  ...over,
});

describe('chunkFiles', () => {
  it('cuts after `size` files', () => {
    const files = ['a', 'b', 'c', 'd', 'e'].map((n) => file(n));
    expect(names(chunkFiles(files, 2))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(names(chunkFiles(files, 5))).toEqual([['a', 'b', 'c', 'd', 'e']]);
    expect(names(chunkFiles(files, 1))).toEqual([['a'], ['b'], ['c'], ['d'], ['e']]);
    expect(chunkFiles([], 3)).toEqual([]);
  });

  it('also cuts before the UTF-8 bytes of a chunk would pass maxBytes', () => {
    const files = [file('a', 'xxxx'), file('b', 'xxxx'), file('c', 'əə'), file('d', 'x')];
    // a + b = 8 bytes; c is 4 bytes (ə is two): 12 > 10, so c starts a new chunk.
    expect(names(chunkFiles(files, 10, 10))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(names(chunkFiles(files, 10, 8))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(names(chunkFiles(files, 10, 7))).toEqual([['a'], ['b'], ['c', 'd']]);
    expect(names(chunkFiles(files, 10, null))).toEqual([['a', 'b', 'c', 'd']]);
  });

  it('gives a file over the limit a chunk of its own', () => {
    const files = [file('a', 'x'), file('huge', 'x'.repeat(50)), file('b', 'x')];
    expect(names(chunkFiles(files, 10, 10))).toEqual([['a'], ['huge'], ['b']]);
    expect(names(chunkFiles([file('huge', 'x'.repeat(50))], 10, 10))).toEqual([['huge']]);
  });
});

describe('mergeReports', () => {
  it('is the new report when there is none yet', () => {
    const b = report([article('b')]);
    expect(mergeReports(null, b)).toBe(b);
  });

  it('adds the counts and durations, joins the articles, keeps the last status', () => {
    const a = report([article('a')], { dryRun: true, status: 'draft' });
    const b = report([article('b'), article('c')], { dryRun: true, status: 'published' });
    expect(mergeReports(a, b)).toEqual({
      dryRun: true,
      status: 'published',
      totals: { created: 3, updated: 0, unchanged: 0, conflicts: 0, forbidden: 0, failed: 0 },
      authors: { created: 2, reused: 4 },
      categories: { created: 6, reused: 8 },
      articles: [article('a'), article('b'), article('c')],
      durationMs: 20,
    });
    expect(mergeReports(a, report([], { dryRun: false })).dryRun).toBe(false);
    expect(mergeReports(report([], { dryRun: false }), b).dryRun).toBe(false);
  });
});

describe('runInChunks', () => {
  const files = ['a', 'b', 'c', 'd', 'e'].map((n) => file(n));

  it('sends one request per chunk, in order, and reports progress after each', async () => {
    const sent: string[][] = [];
    const progress: [number, number][] = [];
    const outcome = await runInChunks(files, {
      status: 'published',
      chunkSize: 2,
      send: async (body) => {
        expect(body.status).toBe('published');
        sent.push(body.files.map((f) => f.name));
        return report(body.files.map((f) => article(f.name)));
      },
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(sent).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(progress).toEqual([
      [0, 5],
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
    expect(outcome.failures).toEqual([]);
    expect(outcome.totalFiles).toBe(5);
    expect(outcome.report?.articles.map((a) => a.source)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(outcome.report?.totals.created).toBe(5);
  });

  it('sends with each request the pictures its articles name (none: no images)', async () => {
    const picture = { name: 'pics/a.jpg', file: new Blob(['jpg']) };
    const sent: { files: string[]; images?: string[] }[] = [];
    await runInChunks(
      [file('a', 'cover: pics/a.jpg'), file('b'), file('c'), file('d', '![](a.jpg)')],
      {
        status: 'draft',
        chunkSize: 2,
        pictures: [picture],
        send: async (body) => {
          sent.push({
            files: body.files.map((f) => f.name),
            ...(body.images ? { images: body.images.map((p) => p.name) } : {}),
          });
          return report(body.files.map((f) => article(f.name)));
        },
      }
    );
    expect(sent).toEqual([
      { files: ['a', 'b'], images: ['pics/a.jpg'] },
      { files: ['c', 'd'], images: ['pics/a.jpg'] },
    ]);
  });

  it('records a failed request with its files and goes on with the next', async () => {
    const outcome = await runInChunks(files, {
      status: 'draft',
      chunkSize: 2,
      maxBytes: 1000,
      send: async (body) => {
        if (body.files[0].name === 'c') {
          throw {
            response: {
              data: { error: { status: 400, name: 'ValidationError', message: 'Bad c' } },
            },
          };
        }
        return report(body.files.map((f) => article(f.name)));
      },
    });
    expect(outcome.failures).toEqual([
      {
        files: ['c', 'd'],
        failure: { kind: 'http', status: 400, name: 'ValidationError', message: 'Bad c' },
      },
    ]);
    expect(outcome.report?.articles.map((a) => a.source)).toEqual(['a', 'b', 'e']);
    expect(failedCount(outcome)).toBe(2);
  });

  it.each([
    ['401', { status: 401, message: 'Unauthorized' }],
    ['403', { status: 403, message: 'Forbidden' }],
    ['an abort', { name: 'AbortError', message: 'aborted' }],
  ])('stops at %s: the rest of the files are failed with it', async (_label, error) => {
    const sent: string[] = [];
    const progress: number[] = [];
    const outcome = await runInChunks(files, {
      status: 'draft',
      chunkSize: 2,
      send: async (body) => {
        sent.push(body.files[0].name);
        if (body.files[0].name === 'c') throw error;
        return report(body.files.map((f) => article(f.name)));
      },
      onProgress: (done) => progress.push(done),
    });
    expect(sent).toEqual(['a', 'c']);
    expect(progress).toEqual([0, 2]);
    expect(outcome.failures).toHaveLength(1);
    expect(outcome.failures[0].files).toEqual(['c', 'd', 'e']);
    expect(outcome.report?.articles.map((a) => a.source)).toEqual(['a', 'b']);
    expect(failedCount(outcome)).toBe(3);
  });

  it('counts the articles done (a JSON file may hold several) and stops when cancelled', async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const outcome = await runInChunks(files, {
      status: 'draft',
      chunkSize: 2,
      signal: controller.signal,
      send: async (body) => {
        // The first chunk's first file holds three articles; cancelled while it is under way.
        controller.abort();
        return report([
          ...body.files.map((f) => article(f.name)),
          article(`${body.files[0].name}#2`),
          article(`${body.files[0].name}#3`),
        ]);
      },
      onProgress: (_done, _total, articles) => progress.push(articles),
    });
    expect(progress).toEqual([0, 4]);
    expect(outcome.report?.articles).toHaveLength(4);
    expect(outcome.cancelled).toEqual(['c', 'd', 'e']);
    expect(outcome.failures).toEqual([]);
  });

  it('a 500 is not fatal: its files count as done, one article each', async () => {
    const progress: [number, number][] = [];
    const outcome = await runInChunks(files, {
      status: 'draft',
      chunkSize: 2,
      send: async (body) => {
        if (body.files[0].name === 'a') throw { status: 500, message: 'Oops' };
        return report(body.files.map((f) => article(f.name)));
      },
      onProgress: (done, _total, articles) => progress.push([done, articles]),
    });
    expect(outcome.failures.map((f) => f.files)).toEqual([['a', 'b']]);
    expect(outcome.report?.articles).toHaveLength(3);
    expect(progress).toEqual([
      [0, 0],
      [2, 2],
      [4, 4],
      [5, 5],
    ]);
  });

  it('works without a progress callback, and with no files', async () => {
    const outcome = await runInChunks([], {
      status: 'draft',
      chunkSize: 2,
      send: async () => report([]),
    });
    expect(outcome).toEqual({ report: null, failures: [], totalFiles: 0 });
  });
});

describe('failedCount', () => {
  it('adds the failed articles, the skipped ones and the files of failed requests', () => {
    const failure = { kind: 'network' as const, status: null, name: null, message: 'down' };
    expect(
      failedCount({
        report: report([], {
          totals: { created: 0, updated: 0, unchanged: 0, conflicts: 0, forbidden: 0, failed: 2 },
        }),
        failures: [
          { files: ['x', 'y'], failure },
          { files: ['z'], failure },
        ],
        totalFiles: 9,
        skipped: [article('s')],
      })
    ).toBe(6);
    expect(failedCount({ report: null, failures: [], totalFiles: 0 })).toBe(0);
  });
});

describe('fileOf', () => {
  it('is the file the article came from, whatever its name holds; a stored report: its source', () => {
    expect(fileOf({ source: 'a.json', file: 'a.json', index: null })).toBe('a.json');
    expect(fileOf({ source: 'a.json#3', file: 'a.json', index: 3 })).toBe('a.json');
    expect(fileOf({ source: 'b#c.txt', file: 'b#c.txt', index: null })).toBe('b#c.txt');
    expect(fileOf({ source: 'b#c.txt#2', file: 'b#c.txt', index: 2 })).toBe('b#c.txt');
    expect(fileOf({ source: 'news#2', file: 'news#2', index: null })).toBe('news#2');
    expect(fileOf({ source: '#2', file: '', index: 2 })).toBe('');
    expect(fileOf({ source: 'other' })).toBe('other');
  });
});

describe('splitByPreview', () => {
  const files = [file('a.txt'), file('list.json'), file('c.md')];

  it('leaves out every file with an invalid article and fails all of its articles', () => {
    const preview = report([
      article('a.txt', { action: 'create' }),
      article('list.json#1', { action: 'create' }),
      article('list.json#2', { action: 'invalid', title: null }),
      article('c.md', { action: 'update' }),
    ]);
    expect(splitByPreview(files, preview)).toEqual({
      importable: [file('a.txt'), file('c.md')],
      skipped: [
        article('list.json#1', { action: 'failed', documentId: null }),
        article('list.json#2', { action: 'failed', title: null, documentId: null }),
      ],
      skippedFiles: ['list.json'],
    });
  });

  it('keeps everything without a preview or without invalid articles', () => {
    expect(splitByPreview(files, null)).toEqual({
      importable: files,
      skipped: [],
      skippedFiles: [],
    });
    expect(splitByPreview(files, report([article('a.txt', { action: 'create' })]))).toEqual({
      importable: files,
      skipped: [],
      skippedFiles: [],
    });
  });
});

describe('titlesByFile', () => {
  it('gives the title of each file that holds one article (the draft’s when there is no title)', () => {
    const preview = report([
      article('a.txt', { title: 'A' }),
      article('list.json#1', { title: 'One' }),
      article('list.json#2', { title: 'Two' }),
      article('c.md', {
        title: null,
        draft: { title: 'From the draft' } as ArticleReport['draft'],
      }),
      article('d.md', { title: null }),
    ]);
    const files = ['a.txt', 'list.json', 'c.md', 'd.md'].map((n) => file(n));
    expect([...titlesByFile(files, preview)]).toEqual([
      ['a.txt', 'A'],
      ['c.md', 'From the draft'],
    ]);
    expect(titlesByFile(files, null).size).toBe(0);
  });
});

describe('an import batch', () => {
  const files = ['a', 'b', 'c', 'd', 'e'].map((n) => file(n));
  const refused = [
    { file: 'bad.md', index: null, title: null, error: { message: 'No title', line: 1 } },
  ];

  it('sends the batch id with every chunk and the refused articles once, with the first', async () => {
    const bodies: ImportRequestBody[] = [];
    await runInChunks(files, {
      status: 'draft',
      chunkSize: 2,
      batch: { id: 'batch-0001', refused },
      send: async (body) => {
        bodies.push(body);
        return report(body.files.map((f) => article(f.name)));
      },
    });
    expect(bodies.map((body) => body.batch)).toEqual(['batch-0001', 'batch-0001', 'batch-0001']);
    expect(bodies.map((body) => body.refused)).toEqual([refused, undefined, undefined]);
  });

  it('sends the refused articles again with the next chunk when the first request fails', async () => {
    const bodies: ImportRequestBody[] = [];
    await runInChunks(files, {
      status: 'draft',
      chunkSize: 2,
      batch: { id: 'batch-0001', refused },
      send: async (body) => {
        bodies.push(body);
        if (bodies.length === 1) throw Object.assign(new Error('busy'), { status: 503 });
        return report(body.files.map((f) => article(f.name)));
      },
    });
    expect(bodies.map((body) => body.refused)).toEqual([refused, refused, undefined]);
  });

  it('a preview (no batch) sends neither', async () => {
    const bodies: ImportRequestBody[] = [];
    await runInChunks(files, {
      status: 'draft',
      chunkSize: 10,
      send: async (body) => {
        bodies.push(body);
        return report([]);
      },
    });
    expect(bodies[0]).not.toHaveProperty('batch');
    expect(bodies[0]).not.toHaveProperty('refused');
  });

  it('reports the skipped articles with their error, or why they were left out', () => {
    const skipped = [
      article('list.json#1', { action: 'failed', error: { message: 'No title', line: 3 } }),
      article('list.json#2', { action: 'failed', title: null }),
    ];
    expect(refusedArticles(skipped, (name) => `other article of ${name}`)).toEqual([
      {
        file: 'list.json',
        index: 1,
        title: 'Title of list.json#1',
        error: { message: 'No title', line: 3 },
      },
      {
        file: 'list.json',
        index: 2,
        title: null,
        error: { message: 'other article of list.json', line: null },
      },
    ]);
  });

  it('makes UUID v4 batch ids the server accepts, a new one each time', () => {
    const a = newBatchId();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(BATCH_ID_PATTERN.test(a)).toBe(true);
    expect(newBatchId()).not.toBe(a);
  });
});
