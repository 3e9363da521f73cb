import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import knex, { type Knex } from 'knex';

import type { ImportReport } from '../../shared/contracts';
import { newsText } from '../helpers/articles';
import { runCli } from '../helpers/cli';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { PLAYGROUND } from '../helpers/paths';

let database: TestDatabase;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-seed-'));
  env = {
    ...database.env,
    NODE_ENV: 'test',
    PLAYGROUND_ADMIN: 'off',
    STRAPI_TELEMETRY_DISABLED: 'true',
  };
});

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await database?.drop();
});

const seed = (...args: string[]) => runCli(['seed', '--app-dir', PLAYGROUND, ...args], { env });

/** A straight connection to the app's database, to change an article as an editor would. */
const connect = (): Knex => {
  const e = database.env;
  if (e.DATABASE_CLIENT === 'sqlite') {
    return knex({
      client: 'better-sqlite3',
      connection: { filename: e.DATABASE_FILENAME },
      useNullAsDefault: true,
    });
  }
  return knex({
    client: e.DATABASE_CLIENT === 'postgres' ? 'pg' : 'mysql2',
    connection: {
      host: e.DATABASE_HOST,
      port: Number(e.DATABASE_PORT),
      user: e.DATABASE_USERNAME,
      password: e.DATABASE_PASSWORD,
      database: e.DATABASE_NAME,
    },
  });
};

const editDraft = async (slug: string, title: string) => {
  const db = connect();
  try {
    await db('newsroom_articles').where({ slug }).whereNull('published_at').update({ title });
  } finally {
    await db.destroy();
  }
};

describe('newsroom seed (real process, real database)', () => {
  it('imports the bundled articles, published, and exits 0; the report is JSON on stdout only', async () => {
    const result = await seed('--publish', '--json');
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ImportReport;
    expect(report).toMatchObject({ dryRun: false, status: 'published' });
    expect(report.totals).toEqual({
      created: 7,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
      forbidden: 0,
      failed: 0,
    });
    expect(report.articles.map((a) => a.source)).toContain('000_5637bd5acb181e31.txt');
    expect(Object.keys(report)).toEqual([
      'dryRun',
      'status',
      'totals',
      'authors',
      'categories',
      'articles',
      'durationMs',
    ]);
  });

  it('running it again reports everything unchanged, with a readable summary', async () => {
    const result = await seed('--publish');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/articles unchanged\s+7/);
    expect(result.stdout).toMatch(/articles created\s+0/);
    // The same authors and categories as the first run reported, now reused.
    expect(result.stdout).toMatch(/authors created \/ reused\s+0 \/ 4/);
    expect(result.stdout).toMatch(/categories created \/ reused\s+0 \/ 8/);
    // Not a terminal: progress comes as plain lines on stderr, and Strapi's boot logs stay quiet.
    // It wrote nothing, and says so: every article checked, none "imported".
    expect(result.stderr).toMatch(
      /checked 7\/7 articles \(0 created, 0 updated, 7 unchanged, 0 failed\)/
    );
    expect(result.stderr).not.toMatch(/imported/);
    expect(result.stderr).not.toMatch(/\[\d{4}-\d\d-\d\d .*info/);
  });

  it('a dry run writes nothing', async () => {
    const file = path.join(dir, 'dry.txt');
    fs.writeFileSync(file, newsText({ title: 'Only planned', category: ['Science'] }));
    const result = await seed(file, '--dry-run', '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ImportReport;
    expect(report.dryRun).toBe(true);
    expect(report.articles[0]).toMatchObject({ action: 'create', slug: 'only-planned' });
    const again = JSON.parse((await seed(file, '--dry-run', '--json')).stdout) as ImportReport;
    expect(again.articles[0].action).toBe('create');
  });

  it('exits 1 when an article fails, and says which and why', async () => {
    const good = path.join(dir, 'good.txt');
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(good, newsText({ title: 'A good one' }));
    fs.writeFileSync(bad, '{ "title": "Broken",\n  "body": [1, 2\n}');
    const result = await seed(good, bad, '--draft');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/created\s+a-good-one/);
    expect(result.stdout).toMatch(/failed .*bad\.json:\d+/);
    expect(result.stdout).toMatch(/articles failed\s+1/);
  });

  it('leaves an edited article alone (exit 0, a warning), or exits 1 with --fail-on-conflict; --overwrite-edited replaces it', async () => {
    const wire = path.join(dir, 'wire');
    fs.mkdirSync(path.join(wire, 'desk'), { recursive: true });
    const story = path.join(wire, 'desk', 'story.txt');
    fs.writeFileSync(story, newsText({ title: 'Wire story', paragraphs: ['First take.'] }));
    const first = JSON.parse((await seed(wire, '--draft', '--json')).stdout) as ImportReport;
    expect(first.articles[0]).toMatchObject({ action: 'created', slug: 'wire-story' });

    await editDraft('wire-story', 'Wire story, edited by the desk');
    fs.writeFileSync(story, newsText({ title: 'Wire story', paragraphs: ['Second take.'] }));

    const kept = await seed(wire, '--draft');
    expect(kept.code).toBe(0);
    expect(kept.stdout).toMatch(/! conflict\s+wire-story/);
    expect(kept.stdout).toMatch(/edited in the Content Manager since its last import: title/);
    expect(kept.stdout).toMatch(/articles in conflict \(kept\)\s+1/);
    expect(kept.stderr).toMatch(/warning: 1 article was edited .* --overwrite-edited/);

    const strict = await seed(wire, '--draft', '--fail-on-conflict', '--json');
    expect(strict.code).toBe(1);
    expect((JSON.parse(strict.stdout) as ImportReport).totals.conflicts).toBe(1);

    // The folder given is the import root: the same file named from its own folder is the same
    // source (desk/story.txt), and now it is overwritten.
    const overwritten = await seed(
      path.join(dir, 'wire'),
      '--draft',
      '--overwrite-edited',
      '--json'
    );
    expect(overwritten.code).toBe(0);
    const report = JSON.parse(overwritten.stdout) as ImportReport;
    expect(report.articles[0]).toMatchObject({
      action: 'updated',
      slug: 'wire-story',
      documentId: first.articles[0].documentId,
    });
    expect(report.articles[0].title).toBe('Wire story');
  }, 600_000); // four runs of the command, each boots the app

  it('advises by the kind of conflict: an edited article and a translation whose locale the story has get their own advice', async () => {
    // The class of input: conflicts that --overwrite-edited does not resolve (a translation into
    // a locale the story already has, from another source or an editor) must not be told to use it.
    const desk = path.join(dir, 'translations');
    fs.mkdirSync(desk, { recursive: true });
    const front = (fields: Record<string, string>, body: string) =>
      `---\n${Object.entries(fields)
        .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
        .join('\n')}\n---\n\n${body}\n`;
    fs.writeFileSync(
      path.join(desk, 'vote.md'),
      front({ title: 'Council votes', sourceId: 'council-1', locale: 'en' }, 'The council voted.')
    );
    expect((await seed(desk, '--draft')).code).toBe(0);
    fs.writeFileSync(
      path.join(desk, 'vote-copy.md'),
      front(
        {
          title: 'Councillors vote',
          sourceId: 'council-1-b',
          translationOf: 'council-1',
          locale: 'en',
        },
        'Councillors voted.'
      )
    );

    const taken = await seed(desk, '--draft');
    expect(taken.code).toBe(0);
    expect(taken.stdout).toMatch(/articles in conflict \(kept\)\s+1/);
    expect(taken.stderr).toMatch(
      /warning: 1 translation was not imported: the story already has its locale/
    );
    expect(taken.stderr).toMatch(/delete that version in the Content Manager/);
    // Not the edited-article advice: an overwrite would not write it either.
    expect(taken.stderr).not.toMatch(/--overwrite-edited/);
    expect(taken.stderr).not.toMatch(/edited in the Content Manager since/);

    const dry = await seed(desk, '--draft', '--dry-run');
    expect(dry.stderr).toMatch(/warning: 1 translation would not be imported/);

    const strict = await seed(desk, '--draft', '--fail-on-conflict');
    expect(strict.code).toBe(1);
  }, 600_000); // four runs of the command, each boots the app

  it('--report FILE writes every article line and a summary as JSON lines; a bad file mid-stream fails alone', async () => {
    const folder = path.join(dir, 'stream');
    fs.mkdirSync(folder);
    for (let i = 0; i < 11; i += 1) {
      const name = `r-${String(i).padStart(2, '0')}.txt`;
      fs.writeFileSync(path.join(folder, name), newsText({ title: `Reported story ${i}` }));
    }
    fs.writeFileSync(path.join(folder, 'r-05a.json'), '{ "title": "Broken", ');
    const reportFile = path.join(dir, 'report.jsonl');
    const readLines = () =>
      fs
        .readFileSync(reportFile, 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);

    const first = await seed(folder, '--publish', '--json', '--report', reportFile);
    expect(first.code).toBe(1);
    const report = JSON.parse(first.stdout) as ImportReport;
    expect(report.totals).toMatchObject({ created: 11, failed: 1 });
    expect(report.articlesOmitted).toBeUndefined();
    const lines = readLines();
    expect(lines).toHaveLength(13);
    expect(lines.slice(0, 12).map((l) => [l.type, l.source, l.action])).toEqual(
      report.articles.map((a) => ['article', a.source, a.action])
    );
    expect(lines[6]).toMatchObject({
      source: expect.stringMatching(/r-05a\.json$/),
      action: 'failed',
      error: { code: 'INVALID_JSON' },
    });
    expect(lines[12]).toMatchObject({
      type: 'summary',
      dryRun: false,
      totals: report.totals,
      authors: report.authors,
      categories: report.categories,
      articles: 12,
    });

    // Run again: the file is replaced, every article unchanged, the bad file still failing.
    const again = await seed(folder, '--publish', '--report', reportFile);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`Full report: ${reportFile}`);
    const rerun = readLines();
    expect(rerun).toHaveLength(13);
    expect(rerun[12]).toMatchObject({
      type: 'summary',
      totals: { created: 0, updated: 0, unchanged: 11, failed: 1 },
    });

    const unwritable = await seed(
      folder,
      '--report',
      path.join(dir, 'no', 'such', 'dir', 'r.jsonl')
    );
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/Cannot write the report to .*Give --report a file/);
  });

  it('exits 2 on bad usage with a message that says what to do', async () => {
    const unknown = await seed('--frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option "--frobnicate".*newsroom seed --help/);

    const missing = await seed('does-not-exist.txt');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/"does-not-exist.txt" not found/);

    const both = await seed('--publish', '--draft');
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/either --publish or --draft/);

    const notAnApp = await runCli(['seed', '--app-dir', dir], { env });
    expect(notAnApp.code).toBe(2);
    expect(notAnApp.stderr).toMatch(/is not a Strapi app/);
  });
});
