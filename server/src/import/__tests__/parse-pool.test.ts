import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { getPriority } from 'node:os';
import path from 'node:path';

import { build } from 'esbuild';

import { tagIndexOfTags } from '../../content-types/article/derived-fields';
import { parseSource } from '../../parsing';
import { createCandidateReader, POOL_MIN_BYTES, PREFETCH_MIN_BYTES } from '../candidates';
import { fieldPrint, fingerprintOf } from '../decide/conflict';
import { contentHash } from '../hash';
import type { ImportLocales } from '../locale';
import { withLookahead } from '../lookahead';
import { refs } from '../refs';
import { createParsePool, type ParsePool } from '../parse-pool';
import { WORKER_NICENESS } from '../thread-priority';
import type { ImportInput } from '../types';

/**
 * The pool runs the real worker: parse-worker.ts bundled as the build bundles it
 * (scripts/build-cli.mjs), into a temporary folder.
 */
const ROOT = path.resolve(__dirname, '../../../..');
let dir: string;
let workerFile: string;

beforeAll(async () => {
  // Inside node_modules, so that the bundle finds its dependencies as dist/server's does.
  const cache = path.join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  dir = mkdtempSync(path.join(cache, 'newsroom-parse-pool-'));
  workerFile = path.join(dir, 'parse-worker.js');
  await build({
    entryPoints: [path.join(ROOT, 'server/src/import/parse-worker.ts')],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
  });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every fixture the parser's own tests read, the bundled data and the reference seed. */
const fixtures = (): { name: string; content: Uint8Array }[] => {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(txt|md|markdown|json|html?)$/i.test(name)) files.push(full);
    }
  };
  walk(path.join(ROOT, 'tests/fixtures'));
  walk(path.join(ROOT, 'data'));
  return files.map((file) => ({
    name: path.relative(ROOT, file),
    content: new Uint8Array(readFileSync(file)),
  }));
};

const OPTIONS = { maxBytes: 5 * 1024 * 1024, wordsPerMinute: 200 };

describe('the parse pool', () => {
  let pool: ParsePool;
  beforeAll(() => {
    pool = createParsePool({ file: workerFile, size: 2, idleMs: 200 });
  });
  afterAll(() => pool.close());

  it('gives, for every fixture, exactly what parsing in place gives, and the content hashes', async () => {
    const inputs = fixtures();
    expect(inputs.length).toBeGreaterThan(100);
    const pooled = await Promise.all(
      inputs.map((input) => pool.parse(input.content, input.name, OPTIONS))
    );
    inputs.forEach((input, k) => {
      const inPlace = parseSource(input.content, input.name, OPTIONS);
      expect({ name: input.name, items: pooled[k].items }).toEqual({
        name: input.name,
        items: inPlace,
      });
      expect(pooled[k].prints).toEqual(
        inPlace.map((item) =>
          item.ok
            ? {
                content: contentHash(item.draft),
                fields: {
                  title: fieldPrint(item.draft.title),
                  slug: fieldPrint(item.draft.slug),
                  description: fieldPrint(item.draft.description ?? ''),
                  tags: fieldPrint(item.draft.tags),
                  body: fieldPrint(item.draft.body),
                },
                bodyJson: JSON.stringify(item.draft.body),
                tagIndex: tagIndexOfTags(item.draft.tags),
                authorRefs: refs(item.draft.authors),
                categoryRefs: refs(item.draft.categoryPath),
              }
            : null
        )
      );
    });
    // Failures too: the fixtures hold files that do not parse.
    expect(pooled.some(({ items }) => items.some((item) => !item.ok))).toBe(true);
  });

  it('parses text given as a string as well as bytes', async () => {
    const text = 'A title\n\nBy Ann Lee\n\nThe body of the article, long enough to be one.';
    const { items } = await pool.parse(text, 'a.txt', OPTIONS);
    expect(items).toEqual(parseSource(text, 'a.txt', OPTIONS));
  });

  it('starts its workers when warmed, and parses with them', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const threads = require('node:worker_threads') as typeof import('node:worker_threads');
    const Original = threads.Worker;
    let started = 0;
    threads.Worker = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        started += 1;
      }
    };
    const warmed = createParsePool({ file: workerFile, size: 2, idleMs: 200 });
    try {
      warmed.warm();
      warmed.warm();
      expect(started).toBe(2);
      const parsed = await Promise.all(
        ['a', 'b', 'c'].map((n) => warmed.parse(`T ${n}\n\nBody text here.`, `${n}.txt`, OPTIONS))
      );
      expect(parsed.map(({ items }) => items[0].ok && items[0].draft.title)).toEqual([
        'T a',
        'T b',
        'T c',
      ]);
      expect(started).toBe(2);
    } finally {
      threads.Worker = Original;
      await warmed.close();
    }
  });

  it('runs its workers at a lower priority than the thread that started them (Linux)', async () => {
    if (!existsSync('/proc/thread-self')) return;
    /** The nice value of each of this process's threads (field 19 of /proc/self/task/<id>/stat). */
    const niceValues = () =>
      readdirSync('/proc/self/task').flatMap((id) => {
        try {
          const stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
          // After the command name's closing parenthesis: state is field 3, nice field 19.
          return [Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])];
        } catch {
          return []; // a thread that ended meanwhile
        }
      });
    const own = getPriority();
    const lowered = Math.min(19, own + WORKER_NICENESS);
    const before = niceValues().filter((nice) => nice === lowered).length;
    const niced = createParsePool({ file: workerFile, size: 2, idleMs: 200 });
    try {
      niced.warm();
      await Promise.all(
        ['a', 'b'].map((n) => niced.parse(`T ${n}\n\nBody text here.`, `${n}.txt`, OPTIONS))
      );
      // Both workers' threads, and this one unchanged.
      expect(niceValues().filter((nice) => nice === lowered).length).toBe(before + 2);
      expect(getPriority()).toBe(own);
    } finally {
      await niced.close();
    }
  });

  it('stops its workers when idle, and starts them again when asked', async () => {
    await pool.parse('T\n\nBody text here.', 'x.txt', OPTIONS);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const { items } = await pool.parse('T\n\nBody text here.', 'y.txt', OPTIONS);
    expect(items[0].ok).toBe(true);
  });
});

describe('a worker that dies', () => {
  it('fails its pending inputs with what happened, and the reader parses them in place', async () => {
    const dying = path.join(dir, 'dying-worker.js');
    writeFileSync(dying, 'process.exit(7);\n');
    const pool = createParsePool({ file: dying, size: 1 });
    await expect(pool.parse('T\n\nBody.', 'a.txt', OPTIONS)).rejects.toThrow(
      'The parse worker stopped (exit code 7).'
    );

    const warnings: string[] = [];
    const locales: ImportLocales = { codes: ['en'], defaultLocale: 'en', fallback: 'en' };
    const reader = createCandidateReader(
      { maxImportBytes: OPTIONS.maxBytes, wordsPerMinute: 200 },
      locales,
      undefined,
      {
        pool,
        warn: (message) => warnings.push(message),
      }
    );
    // Large enough for the pool.
    const body = 'Words of the body. '.repeat(Math.ceil(POOL_MIN_BYTES / 19 / 3));
    const inputs: ImportInput[] = ['a', 'b', 'c', 'd'].map((name) => ({
      name: `${name}.txt`,
      content: `Title ${name}\n\n${body}`,
    }));
    const { candidates, invalid } = await reader.read(inputs);
    expect(invalid).toEqual([]);
    expect(candidates.map((c) => c.draft.title)).toEqual([
      'Title a',
      'Title b',
      'Title c',
      'Title d',
    ]);
    expect(candidates[0].hash).toBe(contentHash(candidates[0].draft));
    expect(warnings).toEqual([
      expect.stringContaining('A parse worker failed (The parse worker stopped (exit code 7).)'),
    ]);
    await pool.close();
  });
});

describe('the reader with a pool', () => {
  const locales = { codes: ['en'], defaultLocale: 'en', fallback: 'en' };
  const settings = { maxImportBytes: OPTIONS.maxBytes, wordsPerMinute: 200 };

  it('reads the same candidates as without, for a large window and a prefetched one', async () => {
    const pool = createParsePool({ file: workerFile, size: 1 });
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    const files = fixtures().filter((input) => !input.name.includes('invalid'));
    const inputs: ImportInput[] = files;
    expect(files.reduce((sum, input) => sum + input.content.byteLength, 0)).toBeGreaterThan(
      POOL_MIN_BYTES
    );
    const plain = await createCandidateReader(settings, locales).read(inputs);
    const withPool = createCandidateReader(settings, locales, undefined, { pool, warn });
    const pooled = await withPool.read(inputs);
    const withoutPrints = ({ candidates, invalid }: typeof pooled) => ({
      candidates: candidates.map(({ derived: _derived, ...candidate }) => candidate),
      invalid,
    });
    expect(withoutPrints(pooled)).toEqual(plain);
    // With one worker, this thread parsed the last half of the window itself (it would only
    // have waited): the first half came from the worker, with what it derived.
    const fromWorker = pooled.candidates.filter((candidate) => candidate.derived !== undefined);
    expect(fromWorker.length).toBeGreaterThan(0);
    expect(pooled.candidates.filter((c) => c.derived === undefined).length).toBeGreaterThan(0);
    const half = inputs.length - Math.floor(inputs.length / 2);
    const firstHalf = new Set(inputs.slice(0, half).map((input) => input.name));
    for (const candidate of pooled.candidates) {
      expect([candidate.file, candidate.derived !== undefined]).toEqual([
        candidate.file,
        firstHalf.has(candidate.file),
      ]);
    }

    // Prefetched: sent to the pool once, ahead of `read`, which takes the articles from there.
    let sent = 0;
    const counting = {
      ...pool,
      parse: (...args: Parameters<typeof pool.parse>) => {
        sent += 1;
        return pool.parse(...args);
      },
    };
    const ahead = createCandidateReader(settings, locales, undefined, { pool: counting, warn });
    ahead.prefetch(inputs);
    expect(sent).toBe(inputs.length);
    expect(withoutPrints(await ahead.read(inputs))).toEqual(plain);
    expect(sent).toBe(inputs.length);
    // A small window is not worth a worker: parsed in place when read.
    ahead.prefetch(inputs.slice(0, 1));
    expect(inputs[0].content.length).toBeLessThan(PREFETCH_MIN_BYTES);
    expect(sent).toBe(inputs.length);
    // Parsed in the pool, not in place after a failed worker.
    expect(warnings).toEqual([]);
    // What the worker derives is what this thread would: the fingerprint's prints, the JSON
    // field's text, the article middleware's tag index.
    for (const candidate of fromWorker) {
      const values = {
        title: candidate.draft.title,
        slug: candidate.draft.slug,
        description: candidate.draft.description,
        body: candidate.draft.body,
        tags: candidate.draft.tags,
        authors: [],
        category: null,
      };
      expect(fingerprintOf(values, candidate.derived!.fields)).toEqual(fingerprintOf(values));
      expect(candidate.derived!.bodyJson).toBe(JSON.stringify(candidate.draft.body));
      expect(candidate.derived!.tagIndex).toBe(tagIndexOfTags(candidate.draft.tags));
    }
    await pool.close();
  });
});

describe('withLookahead', () => {
  it('asks for the next window as soon as one is handed out, and hands each out once', async () => {
    const asked: number[] = [];
    async function* windows() {
      for (const n of [1, 2, 3]) {
        asked.push(n);
        yield n;
      }
    }
    const seen: number[] = [];
    const early: number[] = [];
    for await (const { current, ahead } of withLookahead(windows())) {
      // The next one was asked for before this one is worked on.
      expect(asked).toEqual([1, 2, 3].slice(0, Math.min(current + 1, 3)));
      ahead((next) => early.push(next));
      seen.push(current);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(early).toEqual([2, 3]);
  });

  it('takes an array, and closes a stream that is left early', async () => {
    const out: string[] = [];
    for await (const { current } of withLookahead(['a', 'b'])) out.push(current);
    expect(out).toEqual(['a', 'b']);

    let closed = false;
    async function* windows() {
      try {
        yield 1;
        yield 2;
        yield 3;
      } finally {
        closed = true;
      }
    }
    for await (const { current } of withLookahead(windows())) if (current === 1) break;
    expect(closed).toBe(true);
  });

  it('gives a failing stream’s error to the loop, not as an unhandled rejection', async () => {
    async function* windows() {
      yield 1;
      throw new Error('unreadable file');
    }
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const { current } of withLookahead(windows())) seen.push(current);
      })()
    ).rejects.toThrow('unreadable file');
    expect(seen).toEqual([1]);
  });
});
