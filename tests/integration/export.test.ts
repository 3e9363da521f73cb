import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Core } from '@strapi/strapi';

import type { ImportReport } from '../../shared/contracts';
import type { ImportInput } from '../../server/src/import/types';
import { openExport, runExport } from '../../server/src/export/run';
import { directorySink } from '../../server/src/export/sink';
import { parseSource } from '../../server/src/parsing';
import { newsText } from '../helpers/articles';
import { runCli } from '../helpers/cli';
import { PLAYGROUND, REPO_ROOT } from '../helpers/paths';
import {
  createAdminSession,
  grantAdminPermissions,
  request,
  type AdminSession,
} from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { readZip } from '../helpers/zip';

const ARTICLE = 'plugin::newsroom.article';
/** Each CLI run compiles and boots the app in its own process: minutes on a busy machine. */
const CLI_TIMEOUT = 900_000;
const AUTHOR = 'plugin::newsroom.author';
const CATEGORY = 'plugin::newsroom.category';

interface ImportServiceLike {
  apply(
    inputs: ImportInput[],
    options: { status: 'published' | 'draft'; origin?: 'cli' }
  ): Promise<ImportReport>;
}

let app: TestApp;
let dir: string;
let editor: AdminSession;
let author: AdminSession;

const importer = () =>
  app.strapi.plugin('newsroom').service('import') as unknown as ImportServiceLike;

/** Every file under `folder`, as import inputs named by their path inside it. */
const readInputs = (folder: string): ImportInput[] =>
  (fs.readdirSync(folder, { recursive: true }) as string[])
    .filter((name) => fs.statSync(path.join(folder, name)).isFile())
    .sort()
    .map((name) => ({ name, content: fs.readFileSync(path.join(folder, name)) }));

const DRAFTS: ImportInput[] = [
  {
    name: 'co-authored-draft.txt',
    content: newsText({
      title: 'Oil output plan for the Caspian shelf',
      category: ['Business', 'Energy', 'Oil'],
      tags: ['Energy', 'Caspian'],
      paragraphs: [
        'First paragraph with **stars**, _underscores_ and a # sign.',
        '1. Not a list: a numbered sentence.',
      ],
      authors: ['Zeynəb Məmmədova', 'Ayya Lmahamad', 'John Smith'],
    }),
  },
  {
    name: 'draft.md',
    content: [
      '---',
      'title: "A draft: with a colon"',
      'category: Business / Energy',
      'tags: [Energy, "yes"]',
      'authors: [John Smith, Zeynəb Məmmədova]',
      'sourceUrl: https://news.example/draft?a=1&b=2',
      'publishedAt: 2026-11-20',
      'agency: Trend',
      '---',
      '',
      '## Heading',
      '',
      'Text with **bold**, *italic*, ~~struck~~, `code` and a [link](https://example.com/a_b).',
      '',
      '- one',
      '  - nested',
      '- two',
      '',
      '> A quote',
      '',
      '```js',
      'const x = 1;',
      '```',
    ].join('\n'),
  },
];

/** Everything an import must reproduce, per slug. */
const snapshot = async (strapi: Core.Strapi) => {
  const rows = (await strapi.db.query(ARTICLE).findMany({
    select: ['documentId', 'slug', 'title', 'description', 'body', 'tags', 'publishedAt'],
    populate: {
      authors: { select: ['name'] },
      category: {
        select: ['name'],
        populate: { parent: { select: ['name'], populate: { parent: { select: ['name'] } } } },
      },
    },
    orderBy: { id: 'asc' },
  })) as Array<{
    slug: string;
    title: string;
    description: string;
    body: unknown;
    tags: unknown;
    publishedAt: string | null;
    authors: { name: string }[];
    category: {
      name: string;
      parent?: { name: string; parent?: { name: string } | null } | null;
    } | null;
  }>;
  const bySlug = new Map<string, Record<string, unknown>>();
  for (const row of rows) {
    const status = row.publishedAt ? 'published' : 'draft';
    const categoryPath: string[] = [];
    for (let c: typeof row.category | undefined = row.category; c; c = c.parent)
      categoryPath.unshift(c.name);
    const entry = bySlug.get(row.slug) ?? { statuses: [] as string[] };
    (entry.statuses as string[]).push(status);
    // The version the export takes: the published one when there is one.
    if (status === 'published' || !entry.title) {
      Object.assign(entry, {
        title: row.title,
        description: row.description,
        body: row.body,
        tags: row.tags,
        authors: row.authors.map((a) => a.name),
        categoryPath,
      });
    }
    bySlug.set(row.slug, entry);
  }
  for (const entry of bySlug.values()) (entry.statuses as string[]).sort();
  return Object.fromEntries([...bySlug].sort(([a], [b]) => a.localeCompare(b)));
};

beforeAll(async () => {
  app = await startTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-export-'));
  const published = await importer().apply(readInputs(path.join(REPO_ROOT, 'data')), {
    status: 'published',
  });
  expect(published.totals.failed).toBe(0);
  const drafts = await importer().apply(DRAFTS, { status: 'draft' });
  expect(drafts.totals).toMatchObject({ created: 2, failed: 0 });
  await grantAdminPermissions(app, 'strapi-editor', ['plugin::newsroom.export']);
  editor = await createAdminSession(app, 'strapi-editor');
  author = await createAdminSession(app, 'strapi-author');
});

afterAll(async () => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  await app?.stop();
});

const cliEnv = () => ({
  ...app.database.env,
  NODE_ENV: 'test',
  PLAYGROUND_ADMIN: 'off',
  STRAPI_TELEMETRY_DISABLED: 'true',
});

const exportCli = (...args: string[]) =>
  runCli(['export', '--app-dir', PLAYGROUND, ...args], { env: cliEnv() });

describe('newsroom export → import round trip', () => {
  let before: Record<string, Record<string, unknown>>;

  beforeAll(async () => {
    before = await snapshot(app.strapi);
    expect(Object.keys(before)).toHaveLength(9);
  });

  it.each(['md', 'json'] as const)(
    'the CLI exports every article as %s; importing them back into the same database is all unchanged',
    async (format) => {
      const out = path.join(dir, `all-${format}`);
      const result = await exportCli('--format', format, '--status', 'all', '--out', out);
      expect(result.stderr).not.toMatch(/error/i);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        new RegExp(`Exported 9 articles \\(7 published, 2 drafts\\) as ${format}`)
      );
      expect(fs.readdirSync(path.join(out, 'drafts')).sort()).toEqual([
        `a-draft-with-a-colon.${format}`,
        `oil-output-plan-for-the-caspian-shelf.${format}`,
      ]);
      const again = await importer().apply(readInputs(path.join(out, 'published')), {
        status: 'published',
      });
      const againDrafts = await importer().apply(readInputs(path.join(out, 'drafts')), {
        status: 'draft',
      });
      for (const report of [again, againDrafts]) {
        expect(report.articles.filter((a) => a.action !== 'unchanged')).toEqual([]);
      }
      expect(again.totals.unchanged).toBe(7);
      expect(againDrafts.totals.unchanged).toBe(2);
      expect(await snapshot(app.strapi)).toEqual(before);
    },
    CLI_TIMEOUT
  );

  it('into an emptied database, the md export reproduces every article (slug, title, description, body, tags, authors in order, category path, status)', async () => {
    const out = path.join(dir, 'all-md');
    const { strapi } = app;
    for (const uid of [ARTICLE, AUTHOR, CATEGORY]) await strapi.db.query(uid).deleteMany({});
    expect(await strapi.db.query(ARTICLE).count({})).toBe(0);
    const published = await importer().apply(readInputs(path.join(out, 'published')), {
      status: 'published',
    });
    const drafts = await importer().apply(readInputs(path.join(out, 'drafts')), {
      status: 'draft',
    });
    expect(published.totals).toMatchObject({ created: 7, failed: 0 });
    expect(drafts.totals).toMatchObject({ created: 2, failed: 0 });
    expect(await snapshot(strapi)).toEqual(before);
    // The co-authored draft keeps its byline order.
    expect(before['oil-output-plan-for-the-caspian-shelf']).toMatchObject({
      authors: ['Zeynəb Məmmədova', 'Ayya Lmahamad', 'John Smith'],
      categoryPath: ['Business', 'Energy', 'Oil'],
      statuses: ['draft'],
    });
  });

  it(
    'filters by status, category (with the categories below it) and date, and writes a zip',
    async () => {
      const zip = path.join(dir, 'nested', 'energy.zip');
      const result = await exportCli(
        '--status',
        'draft',
        '--category',
        'energy',
        '--since',
        '2000-01-01',
        '--out',
        zip
      );
      expect(result.code).toBe(0);
      const files = await readZip(fs.readFileSync(zip));
      expect([...files.keys()].sort()).toEqual([
        'a-draft-with-a-colon.md',
        'oil-output-plan-for-the-caspian-shelf.md',
      ]);
      for (const [name, content] of files) {
        const [item] = parseSource(content, name);
        expect(item.ok).toBe(true);
      }
      const none = path.join(dir, 'none');
      const articles = await openExport(app.strapi, {
        format: 'md',
        status: 'all',
        since: new Date('2999-01-01'),
      });
      const summary = await runExport(
        articles,
        { format: 'md', status: 'all' },
        directorySink(none)
      );
      expect(summary.articles).toBe(0);
    },
    CLI_TIMEOUT
  );

  it(
    'bad usage exits 2 with a message that says what to do, and writes nothing',
    async () => {
      const cases: Array<[string[], RegExp]> = [
        [['--format', 'xml'], /--format must be one of md, json, txt/],
        [['--status', 'old'], /--status must be published, draft or all/],
        [['--since', 'yesterday'], /--since "yesterday" is not an ISO date/],
        [['--bogus'], /Unknown option "--bogus"/],
        [['--out'], /--out needs a value/],
        [['--category', 'no-such-category'], /No category has the slug "no-such-category"/],
        [['--locale', 'fr'], /Unknown locale "fr".*en/],
      ];
      for (const [args, message] of cases) {
        const out = path.join(dir, 'refused');
        const result = await exportCli(...args, ...(args.includes('--out') ? [] : ['--out', out]));
        expect({ args, code: result.code }).toEqual({ args, code: 2 });
        expect(result.stderr).toMatch(message);
        expect(fs.existsSync(out)).toBe(false);
      }
      const help = await runCli(['export', '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/--locale L\s+the locale to export/);
    },
    CLI_TIMEOUT
  );
});

describe('GET /newsroom/export (admin)', () => {
  const query = (params: Record<string, string>) =>
    `/newsroom/export?${new URLSearchParams(params)}`;
  const exportZip = (token: string, params: Record<string, string>) =>
    fetch(app.url + query(params), { headers: { Authorization: `Bearer ${token}` } });

  it('refuses anonymous callers (401) and admins without the export permission (403)', async () => {
    expect((await request(app, '/newsroom/export')).status).toBe(401);
    expect((await request(app, '/newsroom/export', { token: author.token })).status).toBe(403);
  });

  it('answers 400 for bad options, naming the field', async () => {
    const cases: Array<[string, string]> = [
      ['format=xml', 'format'],
      ['format=md&format=json', 'format'],
      ['status=old', 'status'],
      ['since=soon', 'since'],
      ['documentIds=', 'documentIds'],
      ['documentIds=a,,b', 'documentIds'],
      ['category=no-such-category', 'category'],
      ['locale=xx', 'locale'],
      ['colour=red', 'colour'],
    ];
    for (const [params, field] of cases) {
      const res = await request<{ error: { details: { field: string }; message: string } }>(
        app,
        `/newsroom/export?${params}`,
        { token: editor.token }
      );
      expect({ params, status: res.status, field: res.body.error?.details?.field }).toEqual({
        params,
        status: 400,
        field,
      });
    }
  });

  it('downloads the selected articles as a zip the importer reads', async () => {
    const rows = (await app.strapi.db.query(ARTICLE).findMany({
      where: {
        slug: {
          $in: ['a-draft-with-a-colon', 'azerbaijan-iran-relations-at-high-level-iranian-official'],
        },
      },
      select: ['documentId'],
    })) as { documentId: string }[];
    const documentIds = [...new Set(rows.map((r) => r.documentId))];
    expect(documentIds).toHaveLength(2);
    const res = await exportZip(editor.token, {
      documentIds: documentIds.join(','),
      format: 'json',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="newsroom-export-.*\.zip"/
    );
    const files = await readZip(Buffer.from(await res.arrayBuffer()));
    expect([...files.keys()].sort()).toEqual([
      'drafts/a-draft-with-a-colon.json',
      'published/azerbaijan-iran-relations-at-high-level-iranian-official.json',
    ]);
    const draft = parseSource(files.get('drafts/a-draft-with-a-colon.json')!, 'a.json')[0];
    expect(draft).toMatchObject({
      ok: true,
      draft: {
        title: 'A draft: with a colon',
        authors: ['John Smith', 'Zeynəb Məmmədova'],
        categoryPath: ['Business', 'Energy'],
      },
    });
  });
});
