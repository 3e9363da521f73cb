import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';

import archiver from 'archiver';

/** Where exported files go: a folder or a zip stream. Files are written one at a time. */
export interface ExportSink {
  add(name: string, content: string): Promise<void>;
  /** Everything written: the zip's central directory is out, the files are closed. */
  close(): Promise<void>;
}

export const directorySink = (dir: string): ExportSink => {
  const made = new Set<string>();
  return {
    async add(name, content) {
      const file = path.join(dir, name);
      const folder = path.dirname(file);
      if (!made.has(folder)) {
        await mkdir(folder, { recursive: true });
        made.add(folder);
      }
      await writeFile(file, content, 'utf8');
    },
    async close() {},
  };
};

/**
 * A zip written to `output` as the files come. Each entry is compressed and handed to `output`
 * before the next is accepted, so a slow reader (a download) holds the export back instead of
 * the export piling files up in memory.
 */
export const zipSink = (output: Writable): ExportSink => {
  const archive = archiver('zip', { zlib: { level: 6 } });
  // The first error of the archive or of the output fails the export (a pending add or close
  // too, instead of waiting for an entry that will never be written).
  const failed = new Promise<never>((_, reject) => {
    archive.once('error', reject);
    archive.once('warning', reject);
    output.once('error', reject);
  });
  failed.catch(() => {});
  archive.pipe(output);
  return {
    async add(name, content) {
      const written = once(archive, 'entry');
      archive.append(content, { name, date: new Date() });
      await Promise.race([written, failed]);
    },
    async close() {
      const finished = once(output, 'finish');
      await Promise.race([archive.finalize(), failed]);
      await Promise.race([finished, failed]);
    },
  };
};

/** A zip file on disk. */
export const zipFileSink = (file: string): ExportSink => {
  mkdirSync(path.dirname(file), { recursive: true });
  const output = createWriteStream(file);
  const sink = zipSink(output);
  return {
    add: sink.add,
    async close() {
      await sink.close();
      if (!output.closed) await once(output, 'close');
    },
  };
};
