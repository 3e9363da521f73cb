import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { ARTICLE_EXTENSIONS } from '../../../shared/contracts';
import { UsageError } from './io';

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** The path as shown to the user (relative to the working directory when inside it). */
  display: string;
  size: number;
}

function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') ? rel : path;
}

function byName(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function walk(dir: string, seen: Set<string>, out: string[]): void {
  const real = realpathSync(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => byName(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) continue;
    if (stats.isDirectory()) walk(path, seen, out);
    else if (stats.isFile() && ARTICLE_EXTENSIONS.includes(extname(entry.name).toLowerCase()))
      out.push(path);
  }
}

/**
 * Expands the given files and folders (folders recursively, article extensions only, sorted).
 * A path that does not exist is a usage error. Files named explicitly are kept whatever their extension.
 */
export function collectInputFiles(paths: readonly string[], cwd: string): InputFile[] {
  const missing = paths.filter((path) => !statSync(resolve(cwd, path), { throwIfNoEntry: false }));
  if (missing.length > 0) {
    throw new UsageError(
      `${missing.map((path) => `"${path}"`).join(', ')} not found. Check the path (it is relative to ${cwd}).`
    );
  }
  // Reading a named pipe (or a device) waits for a writer forever: refuse it up front.
  const special = paths.filter((path) => {
    const stats = statSync(resolve(cwd, path));
    return !stats.isDirectory() && !stats.isFile();
  });
  if (special.length > 0) {
    throw new UsageError(
      `${special.map((path) => `"${path}"`).join(', ')} ${special.length === 1 ? 'is not a regular file' : 'are not regular files'} (a named pipe, socket or device). Name article files or folders holding them.`
    );
  }
  const files: string[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if (statSync(absolute).isDirectory()) walk(absolute, seen, files);
    else files.push(absolute);
  }
  const unique = [...new Set(files)];
  if (unique.length === 0) {
    throw new UsageError(
      `No ${ARTICLE_EXTENSIONS.join(', ')} files found in ${paths.join(', ')}. Point to article files or a folder holding them.`
    );
  }
  return unique.map((path) => ({
    path,
    display: displayPath(cwd, path),
    size: statSync(path).size,
  }));
}
