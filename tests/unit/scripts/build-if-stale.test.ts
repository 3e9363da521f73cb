import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { staleReason } from '../../../scripts/build-if-stale';

const OUTPUTS = [
  'dist/admin/index.js',
  'dist/admin/index.mjs',
  'dist/server/index.js',
  'dist/server/index.mjs',
  'dist/cli/index.js',
];

let root: string;

const touch = (file: string, secondsAgo: number) => {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  if (!fs.existsSync(full)) fs.writeFileSync(full, '');
  const when = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(full, when, when);
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-stale-'));
  touch('server/src/index.ts', 100);
  touch('admin/src/pages/NewsroomPage.tsx', 100);
  // Folders get the time of their last change too: keep them old like the files.
  for (const dir of ['server/src', 'server', 'admin/src/pages', 'admin/src', 'admin'])
    touch(dir, 100);
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('build-if-stale (npm run develop skips the plugin build when dist/ is current)', () => {
  it('builds when dist/ is missing, or one of its entry points is', () => {
    expect(staleReason(root)).toBe('dist/admin/index.js is missing');
    for (const out of OUTPUTS.slice(0, -1)) touch(out, 10);
    expect(staleReason(root)).toBe('dist/cli/index.js is missing');
  });

  it('skips the build when every output is newer than every source', () => {
    for (const out of OUTPUTS) touch(out, 10);
    expect(staleReason(root)).toBeNull();
  });

  it('builds when a source file changed after the build, however deep', () => {
    for (const out of OUTPUTS) touch(out, 10);
    touch('admin/src/pages/NewsroomPage.tsx', 1);
    expect(staleReason(root)).toBe('admin/src changed since the last build');
  });

  it('builds when a new source file appeared, or the CLI bundler changed', () => {
    for (const out of OUTPUTS) touch(out, 10);
    touch('server/src/new-module.ts', 1);
    expect(staleReason(root)).toBe('server/src changed since the last build');
    touch('server/src/new-module.ts', 100);
    touch('server/src', 100);
    expect(staleReason(root)).toBeNull();
    touch('scripts/build-cli.mjs', 1);
    expect(staleReason(root)).toBe('scripts/build-cli.mjs changed since the last build');
  });

  it('compares with the oldest output: a half-finished build is stale', () => {
    for (const out of OUTPUTS) touch(out, 10);
    touch('dist/server/index.js', 200);
    expect(staleReason(root)).toBe('admin/src changed since the last build');
  });
});
