import { execFileSync, spawn, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { parseSource } from '../../../server/src/parsing';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = 'tests/fixtures/parsing';
const SEED_NAME = '000_5637bd5acb181e31.txt';
const SHARED_SEED = path.resolve(ROOT, '../shared/seed', SEED_NAME);

function seedFile(): string {
  return existsSync(SHARED_SEED) ? SHARED_SEED : path.join(ROOT, 'data', SEED_NAME);
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function newsroom(...args: string[]): Run {
  const result = spawnSync(process.execPath, ['bin/newsroom.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonOutput {
  results: Array<{
    file: string;
    draft?: Record<string, unknown>;
    error?: { code: string; message: string; line?: number };
  }>;
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'pipe' });
}, 60000);

describe('newsroom parse (real process)', () => {
  it('prints exactly the parsed draft of the reference seed with --json', () => {
    const run = newsroom('parse', seedFile(), '--json');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as JsonOutput;
    expect(Object.keys(output)).toEqual(['results']);
    expect(output.results).toHaveLength(1);
    const [result] = output.results;
    expect(result.file.endsWith(SEED_NAME)).toBe(true);
    const expected = parseSource(new Uint8Array(readFileSync(seedFile())), result.file);
    expect(expected[0].ok && result.draft).toEqual(expected[0].ok ? expected[0].draft : undefined);
    expect(result.draft).toMatchObject({
      title: 'Azerbaijan, Iran relations at high level \u2013 Iranian official',
      slug: 'azerbaijan-iran-relations-at-high-level-iranian-official',
      categoryPath: ['Politics'],
      tags: ['Azerbaijan', 'Iran'],
      authors: ['Ayya Lmahamad'],
      sourceMeta: { format: 'text', aboutAuthor: 'Fidan Abdullayeva' },
    });
    expect(result.draft?.body).toHaveLength(13);
  });

  it('prints a readable summary and exits 0 when every file parses (folder walked, sorted)', () => {
    const run = newsroom('parse', `${FIXTURES}/valid`);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const headers = run.stdout.split('\n').filter((line) => line.startsWith('✔'));
    expect(headers).toEqual([
      `✔ ${FIXTURES}/valid/all-blocks.md`,
      `✔ ${FIXTURES}/valid/blocks-body.json`,
      `✔ ${FIXTURES}/valid/co-authors.txt`,
    ]);
    expect(run.stdout).toContain('  title     Caspian gas output hits a record in 2024');
    expect(run.stdout).toContain('  slug      caspian-gas-output-hits-a-record-in-2024');
    expect(run.stdout).toContain('  category  Business / Energy');
    expect(run.stdout).toContain('  tags      Energy, Caspian Sea, Gas');
    expect(run.stdout).toContain('  authors   Leyla Məmmədova, John Smith, Иван Петров');
    expect(run.stdout).toContain('  body      2 paragraphs, 26 words, 1 min read');
    expect(run.stdout).toContain('3 of 3 articles parsed from 3 files');
  });

  it('exits 1 and prints file:line:column: CODE message when a file fails', () => {
    const run = newsroom('parse', `${FIXTURES}/invalid`, `${FIXTURES}/valid/co-authors.txt`);
    expect(run.status).toBe(1);
    const errors = run.stderr.trim().split('\n');
    expect(errors).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/parsing\/invalid\/array-one-bad\.json#2:3: INVALID_FIELD Article 2: field "tags"/
      ),
      expect.stringMatching(
        /^tests\/fixtures\/parsing\/invalid\/bad-front-matter\.md:3:\d+: INVALID_FRONT_MATTER /
      ),
      expect.stringMatching(
        /^tests\/fixtures\/parsing\/invalid\/broken\.json:4:3: INVALID_JSON Invalid JSON at line 4, column 3/
      ),
      expect.stringMatching(/^tests\/fixtures\/parsing\/invalid\/empty\.txt: EMPTY_INPUT /),
    ]);
    expect(run.stdout).toContain('✔ tests/fixtures/parsing/invalid/array-one-bad.json#1');
    expect(run.stdout).toContain('4 failed');
  });

  it('prints only the results JSON with --json when files fail', () => {
    const run = newsroom(
      'parse',
      '--json',
      `${FIXTURES}/invalid/broken.json`,
      `${FIXTURES}/invalid/array-one-bad.json`
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const output = JSON.parse(run.stdout) as JsonOutput;
    expect(output.results.map((result) => result.file)).toEqual([
      `${FIXTURES}/invalid/broken.json`,
      `${FIXTURES}/invalid/array-one-bad.json#1`,
      `${FIXTURES}/invalid/array-one-bad.json#2`,
      `${FIXTURES}/invalid/array-one-bad.json#3`,
    ]);
    expect(output.results[0]).toEqual({
      file: `${FIXTURES}/invalid/broken.json`,
      error: {
        code: 'INVALID_JSON',
        message: expect.stringContaining('line 4, column 3'),
        line: 4,
        column: 3,
      },
    });
    expect(output.results[2].error).toEqual({
      code: 'INVALID_FIELD',
      message: expect.any(String),
      line: 3,
    });
    expect(Object.keys(output.results[1])).toEqual(['file', 'draft']);
  });

  describe('bad usage exits 2 with a message that says what to do', () => {
    it.each([
      [['parse'], 'No files given. Run "newsroom parse <files or folders…>"'],
      [
        ['parse', '--jsn', 'x.txt'],
        'Unknown option "--jsn" for "newsroom parse". Run "newsroom parse --help"',
      ],
      [['parse', 'does/not/exist.txt'], '"does/not/exist.txt" not found. Check the path'],
      [['frobnicate'], 'unknown command "frobnicate". Run "newsroom --help"'],
      [[], 'Usage: newsroom <command>'],
    ])('%j', (args, message) => {
      const run = newsroom(...args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(message);
    });

    it('a folder without article files', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-empty-'));
      try {
        writeFileSync(path.join(dir, 'notes.rtf'), '<p>x</p>');
        const run = newsroom('parse', dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain(
          'No .txt, .text, .md, .markdown, .json, .html, .htm files found'
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('reads a saved HTML page through the bundled CLI (Readability, linkedom, chrono-node) and names the format', () => {
    const page = 'tests/fixtures/news-pages/html-en-jsonld-newsarticle.html';
    const run = newsroom('parse', page);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/format {4}HTML page/);
    expect(run.stdout).toContain('Port of Baku handles record container volume');
    expect(run.stdout).toMatch(/authors {3}Kamran Aliyev/);
    expect(run.stdout).toMatch(/published 2024-07-20T11:05:00\+04:00/);
    const json = JSON.parse(newsroom('parse', '--json', page).stdout) as JsonOutput;
    expect(json.results[0].draft).toMatchObject({ sourceMeta: { format: 'html' } });
    expect(JSON.stringify(json.results[0].draft)).not.toMatch(/cookies|Comments|Related articles/);
  });

  it('names the format of news text, Markdown and JSON files too', () => {
    const run = newsroom(
      'parse',
      seedFile(),
      `${FIXTURES}/valid/all-blocks.md`,
      `${FIXTURES}/valid/blocks-body.json`
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/format {4}news text/);
    expect(run.stdout).toMatch(/format {4}Markdown/);
    expect(run.stdout).toMatch(/format {4}JSON/);
  });

  it('prints help with exit 0', () => {
    for (const args of [['--help'], ['help'], ['help', 'parse'], ['parse', '--help']]) {
      const run = newsroom(...args);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Usage: newsroom');
    }
    expect(newsroom('help', 'parse').stdout).toContain('--json');
  });

  it('parses a file given explicitly whatever its extension, and files after --', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-explicit-'));
    try {
      const file = path.join(dir, '-article.xml');
      writeFileSync(file, 'A title\n\n<p>Body</p>\n');
      const run = newsroom('parse', '--json', '--', file);
      expect(run.status).toBe(0);
      const output = JSON.parse(run.stdout) as JsonOutput;
      expect(output.results[0].draft).toMatchObject({
        title: 'A title',
        sourceMeta: { format: 'text' },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('newsroom with a reader that stops early (`newsroom parse *.txt | head`)', () => {
  it.each([[['parse', '--json']], [['parse']], [['--help']]])(
    'newsroom %j exits 0 without an EPIPE error when stdout is closed',
    async (args) => {
      const child = spawn(process.execPath, ['bin/newsroom.js', ...args, seedFile(), seedFile()], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      // The reader is gone before the first line is written: every write meets a closed pipe.
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stderr).toBe('');
      expect(status).toBe(0);
    }
  );
});
