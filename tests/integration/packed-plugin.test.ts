import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { ImportReport } from '../../shared/contracts';
import { databaseClient } from '../helpers/database';
import { REPO_ROOT } from '../helpers/paths';

/*
 * The plugin as a user gets it: `npm pack`, installed into a second, plain (JavaScript) Strapi
 * app that has nothing of this repository but the tarball, then `newsroom seed` from that app's
 * node_modules/.bin. To keep the run short, Strapi itself (and better-sqlite3) is not
 * re-installed there: NODE_PATH points at this repository's node_modules for those. The same
 * tarball in a brand-new app made by create-strapi-app, with its own Strapi, admin build and a
 * browser, is scripts/independent-app.js (run once by CI: it takes minutes).
 * Packaging does not depend on the database, so this runs once, in the SQLite pass.
 */
const runHere = databaseClient() === 'sqlite';
const describePacked = runHere ? describe : describe.skip;

let dir: string;

interface PackResult {
  filename: string;
  files: { path: string }[];
}

const write = (file: string, content: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), content);
};

beforeAll(() => {
  if (!runHere) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-plain-app-'));
  const packed = execFileSync(
    'npm',
    ['pack', '--ignore-scripts', '--json', '--pack-destination', dir],
    { cwd: REPO_ROOT, encoding: 'utf8' }
  );
  const [{ filename, files }] = JSON.parse(packed) as PackResult[];
  expect(files.map((f) => f.path)).toContain('dist/cli/index.js');

  write(
    'package.json',
    JSON.stringify(
      {
        name: 'plain-strapi-app',
        private: true,
        version: '1.0.0',
        dependencies: { 'strapi-plugin-newsroom': `file:./${filename}` },
      },
      null,
      2
    )
  );
  write(
    'config/database.js',
    `const path = require('path');
module.exports = ({ env }) => ({
  connection: {
    client: 'sqlite',
    connection: { filename: path.join(__dirname, '..', '.tmp', 'data.db') },
    useNullAsDefault: true,
  },
});
`
  );
  write(
    'config/server.js',
    `module.exports = ({ env }) => ({ host: '127.0.0.1', port: 1338, app: { keys: env.array('APP_KEYS') } });\n`
  );
  write(
    'config/admin.js',
    `module.exports = ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
});
`
  );
  write('config/plugins.js', `module.exports = () => ({ newsroom: { enabled: true } });\n`);
  write('public/uploads/.gitkeep', '');
  write('src/index.js', `module.exports = { register() {}, bootstrap() {} };\n`);

  const install = spawnSync(
    'npm',
    [
      'install',
      '--ignore-scripts',
      '--legacy-peer-deps',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
    ],
    { cwd: dir, encoding: 'utf8' }
  );
  if (install.status !== 0) throw new Error(`npm install failed: ${install.stderr}`);
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const seedInPlainApp = (...args: string[]) =>
  spawnSync(path.join(dir, 'node_modules', '.bin', 'newsroom'), ['seed', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      // The app's own node_modules first (Strapi finds installed plugins from its own location).
      NODE_PATH: [path.join(dir, 'node_modules'), path.join(REPO_ROOT, 'node_modules')].join(
        path.delimiter
      ),
      NODE_ENV: 'development',
      APP_KEYS: 'a,b',
      ADMIN_JWT_SECRET: 'x',
      API_TOKEN_SALT: 'y',
      TRANSFER_TOKEN_SALT: 'z',
      ENCRYPTION_KEY: 'w',
    },
  });

describePacked('what npm pack ships', () => {
  const dryRun = (): PackResult => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    return (JSON.parse(out) as PackResult[])[0];
  };

  it('the built plugin, its CLI, the bundled data, README, LICENSE: no sources, tests, fixtures, playground or source maps', () => {
    const names = dryRun().files.map((f) => f.path);
    expect(names).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'bin/newsroom.js',
        'dist/cli/index.js',
        'dist/server/index.js',
        'dist/server/index.mjs',
        'dist/admin/index.js',
        'dist/admin/index.mjs',
        'dist/shared/contracts/index.d.ts',
        'data/000_5637bd5acb181e31.txt',
      ])
    );
    // dist/shared: the declarations of the contracts the admin and server typings import.
    const allowed =
      /^(package\.json|README\.md|LICENSE|bin\/newsroom\.js|data\/[^/]+|dist\/(admin|server|cli)\/.+|dist\/shared\/contracts\/[^/]+\.d\.ts)$/;
    expect(names.filter((n) => !allowed.test(n))).toEqual([]);
    // Under dist/ only built code and type declarations: no source maps (the CLI's was 160 kB).
    expect(names.filter((n) => n.endsWith('.map'))).toEqual([]);
    expect(names.filter((n) => n.startsWith('dist/') && !/\.(js|mjs|d\.ts)$/.test(n))).toEqual([]);
  });

  it('imports nothing it does not ship: every relative import under dist/ names a packed file', () => {
    const names = new Set(dryRun().files.map((f) => f.path));
    const specifier = /(?:from\s+|import\(|require\()['"](\.{1,2}\/[^'"]+)['"]/g;
    const endings = ['', '.js', '.mjs', '.d.ts', '/index.js', '/index.d.ts'];
    const unresolved: string[] = [];
    for (const name of names) {
      if (!name.startsWith('dist/') || !/\.(js|mjs|d\.ts)$/.test(name)) continue;
      const text = fs.readFileSync(path.join(REPO_ROOT, name), 'utf8');
      for (const [, spec] of text.matchAll(specifier)) {
        const target = path.posix.join(path.posix.dirname(name), spec);
        if (!endings.some((ending) => names.has(target + ending))) {
          unresolved.push(`${name} → ${spec}`);
        }
      }
    }
    expect(unresolved).toEqual([]);
  });

  it("installs without an install script, with engines as Strapi's own", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      engines: { node: string };
      license: string;
    };
    // The build runs on prepack (npm pack / publish), never when the tarball is installed.
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) {
      expect(pkg.scripts).not.toHaveProperty(hook);
    }
    expect(pkg.scripts.prepack).toBe('npm run build');
    const strapi = JSON.parse(
      fs.readFileSync(
        path.join(REPO_ROOT, 'node_modules', '@strapi', 'strapi', 'package.json'),
        'utf8'
      )
    ) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(strapi.engines.node);
    expect(pkg.license).toBe('MIT');
    expect(fs.readFileSync(path.join(REPO_ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('the README it ships shows only images the registry can reach: https, or a repository file it resolves against `repository`', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const images = [
      ...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g),
      ...readme.matchAll(/<img[^>]*\ssrc=["']([^"']+)/gi),
    ].map((m) => m[1]);
    const relative = images.filter((src) => !/^https:\/\//.test(src));
    // The screenshots are not in the package: npm's README page resolves a relative image
    // against the package's GitHub repository, so each must be a committed file under docs/.
    for (const src of relative) {
      expect(src).toMatch(/^docs\/screenshots\/[\w.-]+\.png$/);
      expect(fs.existsSync(path.join(REPO_ROOT, src))).toBe(true);
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      repository?: { url?: string };
    };
    if (relative.length > 0) {
      expect(pkg.repository?.url).toMatch(/^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/);
    }
  });
});

describePacked('the packed plugin in a plain Strapi app', () => {
  it('npx newsroom seed imports the bundled articles, then finds them unchanged', () => {
    const first = seedInPlainApp('--publish', '--json');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect((JSON.parse(first.stdout) as ImportReport).totals).toEqual({
      created: 7,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
      forbidden: 0,
      failed: 0,
    });
    const second = seedInPlainApp('--publish', '--json');
    expect(second.status).toBe(0);
    expect((JSON.parse(second.stdout) as ImportReport).totals.unchanged).toBe(7);
  });
});

if (!runHere) {
  it('runs in the SQLite pass only', () => expect(runHere).toBe(false));
}
