import type { RequestFailure } from '../../api/errors';
import type {
  ImportReport,
  ImportRequestBody,
  RefusedArticle,
  UnsentFile,
} from '../../../../shared/contracts';
import {
  MAX_RECORDED_FILES,
  recordBatchHistory,
  recordUnsent,
  unsentFilesOf,
  unsentReasonOf,
} from '../unsent';

const failure = (over: Partial<RequestFailure>): RequestFailure => ({
  kind: 'http',
  status: 500,
  name: null,
  message: 'boom',
  ...over,
});

const report: ImportReport = {
  dryRun: false,
  status: 'draft',
  totals: { created: 0, updated: 0, unchanged: 0, conflicts: 0, forbidden: 0, failed: 0 },
  authors: { created: 0, reused: 0 },
  categories: { created: 0, reused: 0 },
  articles: [],
  durationMs: 0,
};

const refused: RefusedArticle = {
  file: 'broken.md',
  index: null,
  title: null,
  error: { message: 'No title', line: 1, code: 'NO_TITLE' },
};

/** A `send` that records the bodies it got and answers (or fails) as told. */
const sender = (answer: (body: ImportRequestBody, call: number) => Promise<ImportReport>) => {
  const bodies: ImportRequestBody[] = [];
  const send = (body: ImportRequestBody) => {
    bodies.push(body);
    return answer(body, bodies.length);
  };
  return { send, bodies };
};

const B123 = { id: 'batch-123', status: 'draft' as const };
const B1 = { id: 'b-1', status: 'draft' as const };

describe('unsentReasonOf', () => {
  it('tells a server error, a gateway timeout and no answer apart', () => {
    expect(unsentReasonOf(failure({ status: 500 }))).toEqual({
      reason: 'request-failed',
      status: 500,
    });
    expect(unsentReasonOf(failure({ status: 413 }))).toEqual({
      reason: 'request-failed',
      status: 413,
    });
    expect(unsentReasonOf(failure({ status: 504 }))).toEqual({ reason: 'timeout', status: 504 });
    for (const kind of ['network', 'unexpected', 'aborted'] as const) {
      expect(unsentReasonOf(failure({ kind, status: null }))).toEqual({
        reason: 'network',
        status: null,
      });
    }
    // An http failure without a status (or an odd one) got no answer the admin can trust.
    expect(unsentReasonOf(failure({ status: null }))).toEqual({ reason: 'network', status: null });
    expect(unsentReasonOf(failure({ status: 302 }))).toEqual({ reason: 'network', status: null });
  });
});

describe('unsentFilesOf', () => {
  it('lists every file of the failed requests and the cancelled ones, with their UTF-8 size', () => {
    const files = [
      { name: 'a.txt', content: 'abc' },
      { name: 'b.txt', content: 'çə' },
      { name: 'c.txt', content: 'x' },
      { name: 'd.txt', content: '12345' },
    ];
    expect(
      unsentFilesOf(
        {
          failures: [
            { files: ['a.txt', 'b.txt'], failure: failure({ status: 502 }) },
            { files: ['c.txt'], failure: failure({ kind: 'network', status: null }) },
          ],
          cancelled: ['d.txt'],
        },
        files
      )
    ).toEqual<UnsentFile[]>([
      { file: 'a.txt', bytes: 3, reason: 'request-failed', status: 502 },
      { file: 'b.txt', bytes: 4, reason: 'request-failed', status: 502 },
      { file: 'c.txt', bytes: 1, reason: 'network', status: null },
      { file: 'd.txt', bytes: 5, reason: 'cancelled', status: null },
    ]);
    expect(unsentFilesOf({ failures: [] }, files)).toEqual([]);
  });
});

describe('recordUnsent', () => {
  const unsent = (file: string): UnsentFile => ({
    file,
    bytes: 1,
    reason: 'request-failed',
    status: 500,
  });

  it('sends a record-only request: the batch, no files, the refused and unsent ones', async () => {
    const { send, bodies } = sender(async () => report);
    const result = await recordUnsent(send, B123, [unsent('a.txt')], [refused]);
    expect(bodies).toEqual([
      {
        files: [],
        status: 'draft',
        batch: 'batch-123',
        refused: [refused],
        unsent: [unsent('a.txt')],
      },
    ]);
    expect(result).toEqual({ recorded: 2, missing: [], failure: null });
  });

  it('splits a long list into requests of at most the server limit', async () => {
    const { send, bodies } = sender(async () => report);
    const many = Array.from({ length: MAX_RECORDED_FILES + 2 }, (_, i) => unsent(`${i}.txt`));
    const result = await recordUnsent(send, B123, many, [refused]);
    expect(bodies.map((body) => (body.refused?.length ?? 0) + (body.unsent?.length ?? 0))).toEqual([
      MAX_RECORDED_FILES,
      3,
    ]);
    expect(bodies[0].refused).toEqual([refused]);
    expect(bodies[1].refused).toBeUndefined();
    expect(result.recorded).toBe(MAX_RECORDED_FILES + 3);
  });

  it('says which files the history may lack when a record request fails (never throws)', async () => {
    const down = Object.assign(new Error('Failed to fetch'), { name: 'TypeError' });
    const { send } = sender(async () => {
      throw down;
    });
    const result = await recordUnsent(send, B123, [unsent('a.txt'), unsent('b.txt')], []);
    expect(result.recorded).toBe(0);
    expect(result.missing).toEqual(['a.txt', 'b.txt']);
    expect(result.failure).toMatchObject({ kind: 'network', message: 'Failed to fetch' });
  });
});

describe('recordBatchHistory', () => {
  const files = [
    { name: 'a.txt', content: 'aaaa' },
    { name: 'b.txt', content: 'bb' },
  ];

  it('records nothing when every request succeeded (the refused went with the first)', async () => {
    const { send, bodies } = sender(async () => report);
    expect(await recordBatchHistory(send, B1, { report, failures: [] }, files, [refused])).toBe(
      null
    );
    expect(bodies).toEqual([]);
  });

  it('records the failed request files, not the refused ones another request carried', async () => {
    const { send, bodies } = sender(async () => report);
    const outcome = {
      report,
      failures: [{ files: ['b.txt'], failure: failure({ status: 503 }) }],
    };
    expect(await recordBatchHistory(send, B1, outcome, files, [refused])).toEqual({
      recorded: 1,
      missing: [],
      failure: null,
    });
    expect(bodies).toEqual([
      {
        files: [],
        status: 'draft',
        batch: 'b-1',
        unsent: [{ file: 'b.txt', bytes: 2, reason: 'request-failed', status: 503 }],
      },
    ]);
  });

  it('records the refused ones too when no request succeeded to carry them', async () => {
    const { send, bodies } = sender(async () => report);
    const outcome = {
      report: null,
      failures: [{ files: ['a.txt'], failure: failure({ status: 504 }) }],
      cancelled: ['b.txt'],
    };
    await recordBatchHistory(send, B1, outcome, files, [refused]);
    expect(bodies).toEqual([
      {
        files: [],
        status: 'draft',
        batch: 'b-1',
        refused: [refused],
        unsent: [
          { file: 'a.txt', bytes: 4, reason: 'timeout', status: 504 },
          { file: 'b.txt', bytes: 2, reason: 'cancelled', status: null },
        ],
      },
    ]);
  });
});
