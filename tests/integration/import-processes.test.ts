import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { ImportReport } from '../../shared/contracts';
import { newsText } from '../helpers/articles';
import { databaseClient } from '../helpers/database';
import { startTestApp, type TestApp } from '../helpers/strapi';

// Two Strapi processes on one database: meaningful where several processes can write at once.
const multiWriter = databaseClient() !== 'sqlite';
const describeMulti = multiWriter ? describe : describe.skip;

const WORKER = path.resolve(__dirname, '..', 'helpers', 'import-worker.js');

let app: TestApp;
let dir: string;

beforeAll(async () => {
  if (!multiWriter) return;
  // Boots once in-process first: the schema exists before the two workers start.
  app = await startTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-procs-'));
});

afterAll(async () => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  await app?.stop();
});

const runWorker = (files: string[], barrier: string) =>
  new Promise<ImportReport>((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, ...files], {
      env: { ...process.env, BARRIER: barrier },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`worker exited ${code}: ${err}`));
      const last = out.trim().split('\n').pop() ?? '';
      resolve(JSON.parse(last) as ImportReport);
    });
  });

describeMulti('two Strapi processes importing at the same moment', () => {
  it('end with exactly one of each article, author and category', async () => {
    const authors = ['Nadir Quliyev', 'Sevda Hasanova', 'Elvin Mammadli', 'Aysel Karimli'];
    const files = Array.from({ length: 30 }, (_, i) => {
      const file = path.join(dir, `p${String(i).padStart(2, '0')}.txt`);
      fs.writeFileSync(
        file,
        newsText({
          title: `Parallel report ${i}`,
          category: ['Parallel', `Desk ${['North', 'South', 'East'][i % 3]}`],
          authors: [authors[i % 4], 'Shared Byline'],
          tags: ['Parallel'],
        })
      );
      return file;
    });
    const barrier = path.join(dir, 'go');
    const a = runWorker(files.slice(0, 20), barrier);
    const b = runWorker(files.slice(10), barrier);
    // Open the barrier once both processes have booted.
    const deadline = Date.now() + 120_000;
    while (fs.readdirSync(dir).filter((f) => f.endsWith('.ready')).length < 2) {
      if (Date.now() > deadline) throw new Error('workers did not boot');
      await new Promise((r) => setTimeout(r, 50));
    }
    fs.writeFileSync(barrier, '');
    const [ra, rb] = await Promise.all([a, b]);

    expect(ra.totals.failed + rb.totals.failed).toBe(0);
    expect(ra.totals.created + rb.totals.created).toBe(30);
    expect(ra.totals.unchanged + rb.totals.unchanged).toBe(10);

    const { strapi } = app;
    const count = (uid: string, where: object) =>
      strapi.db.query(uid as 'plugin::newsroom.article').count({ where });
    for (let i = 0; i < 30; i += 1) {
      expect(await count('plugin::newsroom.article', { slug: `parallel-report-${i}` })).toBe(2);
    }
    for (const slug of [
      ...authors.map((n) => n.toLowerCase().replace(' ', '-')),
      'shared-byline',
    ]) {
      expect(await count('plugin::newsroom.author', { slug })).toBe(1);
    }
    for (const slug of ['parallel', 'desk-north', 'desk-south', 'desk-east']) {
      expect(await count('plugin::newsroom.category', { slug })).toBe(1);
    }
  });
});

if (!multiWriter) {
  it('is covered on Postgres and MariaDB (SQLite has a single writer)', () => {
    expect(databaseClient()).toBe('sqlite');
  });
}
