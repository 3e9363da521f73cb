import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Secrets for the playground. In production every secret must come from the environment.
 * Elsewhere a missing secret is generated once and kept in `.tmp/dev-secrets.json` (git-ignored),
 * so sessions and tokens survive a restart and no secret is ever committed.
 */
// Compiled, this file runs from dist/src; from source, from src. Either way the app root is above.
const appRoot = () => {
  const parent = path.resolve(__dirname, '..');
  return path.basename(parent) === 'dist' ? path.dirname(parent) : parent;
};

const storeFile = () => path.join(appRoot(), '.tmp', 'dev-secrets.json');

let cache: Record<string, string> | undefined;

const load = (): Record<string, string> => {
  if (cache) return cache;
  try {
    cache = JSON.parse(fs.readFileSync(storeFile(), 'utf8')) as Record<string, string>;
  } catch {
    cache = {};
  }
  return cache;
};

const save = (values: Record<string, string>) => {
  const file = storeFile();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(values, null, 2), { mode: 0o600 });
};

export const secret = (name: string, count = 1): string => {
  const fromEnv = process.env[name];
  if (fromEnv) return fromEnv;
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      `Environment variable ${name} is not set. In production every secret must come from the environment.`
    );
  }
  const values = load();
  if (!values[name]) {
    values[name] = Array.from({ length: count }, () =>
      crypto.randomBytes(16).toString('base64')
    ).join(',');
    save(values);
  }
  return values[name];
};

export const secretList = (name: string, count: number): string[] => secret(name, count).split(',');
