import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { staleReason } from '../../../scripts/build-if-stale';
import { PLAYGROUND, REPO_ROOT } from '../../helpers/paths';

export interface RunningPlayground {
  url: string;
  /** Its SQLite database file (a test may make the database refuse a write, as a real one can). */
  dbFile: string;
  /** The server's output so far (for failure messages). */
  logs: () => string;
  stop: () => Promise<void>;
  /** Stops the server and starts it again on the same database, port and secrets. */
  restart: () => Promise<void>;
}

const STRAPI_BIN = path.join(REPO_ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

const run = (label: string, command: string, args: string[], cwd: string) => {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: process.env });
  if (result.status !== 0) {
    throw new Error(
      `${label} failed (exit ${result.status}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`
    );
  }
  console.log(`[e2e] ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

/**
 * Builds the plugin (admin + server bundles) and the playground (its server code and the admin
 * panel, which bundles the plugin's admin). E2E_SKIP_BUILD=1 reuses the previous builds.
 */
export const buildPlayground = () => {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // `npm test` has just built the plugin when it was stale: no second 35 s build.
  const stale = staleReason();
  if (stale) run(`plugin build (${stale})`, npm, ['run', 'build'], REPO_ROOT);
  run('playground build', npm, ['run', 'build', '-w', 'playground'], REPO_ROOT);
};

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const secret = () => crypto.randomBytes(24).toString('base64');

const waitForHealth = async (url: string, child: ChildProcess, logs: () => string) => {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The playground exited (code ${child.exitCode}) while starting:\n${logs()}`);
    }
    try {
      const res = await fetch(`${url}/_health`);
      if (res.status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The playground did not answer /_health within 180 s:\n${logs()}`);
};

/**
 * Starts the built playground as a real production process (`strapi start`) on a throw-away
 * SQLite file and a free port, with secrets generated for this run.
 */
export const startPlayground = async (): Promise<RunningPlayground> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dbFile = path.join(dir, 'data.db');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: dbFile,
    PLAYGROUND_ADMIN: 'off',
    NEWSROOM_SEED_ON_BOOTSTRAP: 'false',
    // The tests serve their pictures on 127.0.0.1, which downloads may not reach otherwise.
    NEWSROOM_IMAGE_DOWNLOAD_ALLOW: '127.0.0.1',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    APP_KEYS: [secret(), secret(), secret(), secret()].join(','),
    ADMIN_JWT_SECRET: secret(),
    API_TOKEN_SALT: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
    JWT_SECRET: secret(),
  };

  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  const logs = () => output;
  let child: ChildProcess;
  const launch = async () => {
    child = spawn(process.execPath, [STRAPI_BIN, 'start'], {
      cwd: PLAYGROUND,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    await waitForHealth(url, child, logs);
  };

  const halt = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const stop = async () => {
    await halt();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const restart = async () => {
    await halt();
    try {
      await launch();
    } catch (error) {
      await stop();
      throw error;
    }
  };

  try {
    await launch();
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dbFile, logs, stop, restart };
};
