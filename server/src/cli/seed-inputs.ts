import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { sourceHash } from '../import/hash';
import { readArticleFolder } from '../import/read-folder';
import type { ImportInput, InputStream } from '../import/types';
import { bundledDataDir } from '../utils/package-root';
import { collectInputFiles } from './files';
import { UsageError } from './io';

/** Most files, and bytes, `newsroom seed` holds in memory at once: one window of the import. */
export const WINDOW_FILES = 200;
export const WINDOW_BYTES = 16 * 1024 * 1024;

/**
 * Articles `newsroom seed` writes in one transaction (the engine's `chunkSize`): a whole window
 * of one locale. A batch process serves no request in between, so it can hold a transaction
 * twice as long as the server's import (chunks of 100): half the commits and per-chunk queries
 * (bench, 10k articles: SQLite's commits 1.55 → 1.02 s; MariaDB's first import ~10 % faster).
 */
export const SEED_CHUNK = WINDOW_FILES;

interface SeedFile {
  /** Absolute path. */
  file: string;
  /** The name the report shows. */
  name: string;
  /** The path inside the folder it was found in: its source key without sourceId/sourceUrl. */
  path: string;
  /** The folder it was found in: its pictures' relative paths are read inside it. */
  root: string;
  size: number;
}

const read = (file: string): Uint8Array => {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    throw new UsageError(
      `Cannot read ${file}: ${(error as Error).message}. Check that the file exists and is readable.`
    );
  }
};

/**
 * The files to import. Each keeps its path relative to the folder it was found in (a file named
 * on its own: its name), which is its source key when the article names no sourceId or
 * sourceUrl: the same folder imported from elsewhere matches the same articles.
 */
const listFiles = (paths: string[], cwd: string): SeedFile[] => {
  collectInputFiles(paths, cwd); // every path exists, or a usage error names those that do not
  const seen = new Set<string>();
  return paths.flatMap((given) => {
    const root = path.resolve(cwd, given);
    const folder = statSync(root).isDirectory() ? root : path.dirname(root);
    return collectInputFiles([given], cwd)
      .filter((file) => !seen.has(file.path) && seen.add(file.path))
      .map((file) => ({
        file: file.path,
        name: file.display,
        path: path.relative(folder, file.path),
        root: folder,
        size: file.size,
      }));
  });
};

/** The files a window at a time (at most WINDOW_FILES files and, beyond one file, WINDOW_BYTES). */
async function* windowsOf(files: SeedFile[]): AsyncGenerator<ImportInput[]> {
  let window: ImportInput[] = [];
  let bytes = 0;
  for (const file of files) {
    if (window.length > 0 && (window.length >= WINDOW_FILES || bytes + file.size > WINDOW_BYTES)) {
      yield window;
      window = [];
      bytes = 0;
    }
    window.push({
      name: file.name,
      path: file.path,
      content: read(file.file),
      folder: { file: file.file, root: file.root },
    });
    bytes += file.size;
  }
  if (window.length > 0) yield window;
}

/**
 * The inputs of `newsroom seed` as a stream. The files are listed and each is read once up front
 * — one at a time, to hash its bytes (files with the same bytes are left to the full path, which
 * reports them) and to fail on an unreadable file before the app starts — then read again a
 * window at a time while the import runs. Without paths: the plugin's bundled data/.
 */
export const readSeedInputs = (paths: string[], cwd: string): InputStream => {
  if (paths.length === 0) {
    const inputs = readArticleFolder(bundledDataDir());
    return { windows: [inputs], total: inputs.length };
  }
  const files = listFiles(paths, cwd);
  const counts = new Map<string, number>();
  for (const file of files) {
    const hash = sourceHash(read(file.file));
    counts.set(hash, (counts.get(hash) ?? 0) + 1);
  }
  const repeatedHashes = new Set([...counts].filter(([, n]) => n > 1).map(([hash]) => hash));
  return { windows: windowsOf(files), total: files.length, repeatedHashes };
};
