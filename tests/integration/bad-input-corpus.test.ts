import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { ArticleReport, ImportReport } from '../../shared/contracts';
import { stripInvisible } from '../../server/src/parsing';
import { runCli } from '../helpers/cli';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { PLAYGROUND, REPO_ROOT } from '../helpers/paths';
import { createAdminSession, request } from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';

/**
 * The bad-input corpus (tests/fixtures/bad, made by scripts/make-bad-corpus.mjs) through the
 * three entry points: `newsroom parse` and `newsroom seed` as real processes, the admin import
 * API on a real Strapi. Every bad file fails alone, with its code and a message; the good files
 * of the same batch are imported; nothing of the bad ones reaches the database; no upload is
 * left in the temp folder.
 */
const BAD = path.join(REPO_ROOT, 'tests', 'fixtures', 'bad');
const EXPECTED = JSON.parse(fs.readFileSync(path.join(BAD, 'expected.json'), 'utf8')) as Record<
  string,
  string
>;
const badFiles = Object.keys(EXPECTED).map((name) => path.join(BAD, name));
const acceptedFiles = fs
  .readdirSync(path.join(BAD, 'accepted'))
  .map((name) => path.join(BAD, 'accepted', name));
const goodFiles = ['all-blocks.md', 'blocks-body.json', 'co-authors.txt'].map((name) =>
  path.join(REPO_ROOT, 'tests', 'fixtures', 'parsing', 'valid', name)
);
const dataFiles = fs
  .readdirSync(path.join(REPO_ROOT, 'data'))
  .map((name) => path.join(REPO_ROOT, 'data', name));

const rel = (file: string) => path.relative(REPO_ROOT, file);
const ARTICLE = 'plugin::newsroom.article';
const INVISIBLE = /[\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]/;

let database: TestDatabase;
let app: TestApp | undefined;
let uploadDir: string;
const savedTmpdir = process.env.TMPDIR;

beforeAll(async () => {
  expect(badFiles.length).toBeGreaterThanOrEqual(40);
  database = await createTestDatabase();
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-uploads-'));
});

afterAll(async () => {
  await app?.stop();
  await database?.drop();
  process.env.TMPDIR = savedTmpdir;
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

/** Every bad source failed with its code and a message; returns the reports by source. */
const expectBadFailed = (articles: ArticleReport[], name: (file: string) => string) => {
  const bySource = new Map(articles.map((a) => [a.source.replace(/#\d+$/, ''), a]));
  for (const file of badFiles) {
    const report = bySource.get(name(file));
    expect({ file: name(file), action: report?.action, code: report?.error?.code }).toEqual({
      file: name(file),
      action: 'failed',
      code: EXPECTED[path.basename(file)],
    });
    expect(report?.error?.message).toEqual(expect.stringMatching(/\w{3,}.*\./));
  }
};

describe('the bad-input corpus', () => {
  it('newsroom parse: a per-file error with code and message for each bad file, drafts for the rest, exit 1', async () => {
    const files = [...badFiles, ...acceptedFiles, ...goodFiles].map(rel);
    const result = await runCli(['parse', '--json', ...files]);
    expect(result.code).toBe(1);
    const { results } = JSON.parse(result.stdout) as {
      results: {
        file: string;
        error?: { code: string; message: string };
        draft?: { title: string; slug: string; tags: string[] };
      }[];
    };
    const byFile = new Map(results.map((r) => [r.file.replace(/#\d+$/, ''), r]));
    for (const file of badFiles) {
      const item = byFile.get(rel(file));
      expect({ file: rel(file), code: item?.error?.code }).toEqual({
        file: rel(file),
        code: EXPECTED[path.basename(file)],
      });
      expect(item?.error?.message.length).toBeGreaterThan(20);
    }
    for (const file of [...acceptedFiles, ...goodFiles]) {
      const draft = byFile.get(rel(file))?.draft;
      expect(draft).toBeDefined();
      expect([draft?.title, draft?.slug, ...(draft?.tags ?? [])].join(' ')).not.toMatch(INVISIBLE);
    }
  });

  it('newsroom seed: bad files fail alone (exit 1), the good ones of the same run are imported, nothing of the bad ones is stored', async () => {
    const env = {
      ...database.env,
      NODE_ENV: 'test',
      PLAYGROUND_ADMIN: 'off',
      STRAPI_TELEMETRY_DISABLED: 'true',
    };
    const files = [...badFiles, ...acceptedFiles, ...goodFiles];
    const result = await runCli(['seed', '--app-dir', PLAYGROUND, '--json', '--draft', ...files], {
      env,
    });
    expect(result.stderr).not.toMatch(/unexpected error/);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as ImportReport;
    expectBadFailed(report.articles, rel);
    const created = report.articles.filter((a) => a.action === 'created');
    expect(created.map((a) => a.source).sort()).toEqual(
      [...acceptedFiles, ...goodFiles].map(rel).sort()
    );
    expect(report.totals.failed).toBe(badFiles.length);

    // The same database, seen by a Strapi app: only the good articles, nothing of the bad ones.
    app = await startTestApp({ TMPDIR: uploadDir }, database);
    const rows = (await app.strapi.db.query(ARTICLE).findMany({})) as {
      title: string;
      sourceName: string | null;
    }[];
    const sources = new Set(rows.map((row) => row.sourceName));
    for (const file of badFiles) expect(sources.has(rel(file))).toBe(false);
    expect(new Set(rows.map((row) => row.title)).size).toBe(created.length);
    for (const row of rows) expect(row.title).not.toMatch(INVISIBLE);
    const authors = (await app.strapi.db
      .query('plugin::newsroom.author')
      .findMany({ select: ['name'] })) as { name: string }[];
    expect(authors.map((a) => a.name)).not.toContain('Author 1');
    const categories = (await app.strapi.db
      .query('plugin::newsroom.category')
      .findMany({ select: ['name'] })) as { name: string }[];
    expect(categories.map((c) => c.name)).not.toContain('L0');
  }, 600000); // two Strapi starts (the CLI's process, then this one) on a busy machine

  it('admin import API: 200 with a failed line per bad file, the good files imported, no upload left behind', async () => {
    if (!app) app = await startTestApp({ TMPDIR: uploadDir }, database);
    const admin = await createAdminSession(app, 'strapi-super-admin');
    const articles = () => app!.strapi.db.query(ARTICLE).count({});
    const before = await articles();
    const form = new FormData();
    for (const file of [...badFiles, ...acceptedFiles, ...dataFiles]) {
      form.append('files', new Blob([fs.readFileSync(file)]), path.basename(file));
    }
    form.append('status', 'published');
    const res = await request<{ data: ImportReport }>(app, '/newsroom/import', {
      method: 'POST',
      token: admin.token,
      body: form,
    });
    expect(res.status).toBe(200);
    expectBadFailed(res.body.data.articles, (file) => path.basename(file));
    const data = res.body.data.articles.filter((a) =>
      dataFiles.some((file) => a.source.replace(/#\d+$/, '') === path.basename(file))
    );
    expect(data.length).toBeGreaterThanOrEqual(dataFiles.length);
    for (const report of data) expect(report.action).toBe('created');
    for (const file of acceptedFiles) {
      const report = res.body.data.articles.find((a) => a.source === path.basename(file));
      expect(['created', 'updated', 'unchanged']).toContain(report?.action);
    }
    const sources = (await app.strapi.db.query(ARTICLE).findMany({ select: ['sourceName'] })) as {
      sourceName: string | null;
    }[];
    const badNames = new Set(badFiles.map((file) => path.basename(file)));
    expect(sources.filter((row) => badNames.has(row.sourceName ?? ''))).toEqual([]);
    expect(await articles()).toBeGreaterThanOrEqual(before + data.length * 2);
    const after = await articles();
    expect(fs.readdirSync(uploadDir)).toEqual([]);

    // Nothing valid at all: 400, every file named in the details, nothing written.
    const bad = new FormData();
    for (const file of badFiles) {
      bad.append('files', new Blob([fs.readFileSync(file)]), path.basename(file));
    }
    const refused = await request<{
      error: { details: { errors: { source: string; code: string }[] } };
    }>(app, '/newsroom/import', { method: 'POST', token: admin.token, body: bad });
    expect(refused.status).toBe(400);
    const codes = new Map(
      refused.body.error.details.errors.map((e) => [e.source.replace(/#\d+$/, ''), e.code])
    );
    for (const file of badFiles) {
      expect([path.basename(file), codes.get(path.basename(file))]).toEqual([
        path.basename(file),
        EXPECTED[path.basename(file)],
      ]);
    }
    expect(await articles()).toBe(after);
    expect(fs.readdirSync(uploadDir)).toEqual([]);
    expect(stripInvisible('a\u200bb').text).toBe('ab');
  });
});
