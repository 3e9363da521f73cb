import fs from 'node:fs';
import path from 'node:path';

import { ARTICLE_EXTENSIONS } from '../../../shared/contracts';
import type { ImportInput } from './types';

const EXTENSIONS = new Set(ARTICLE_EXTENSIONS);

/** The article files of a folder (recursively, sorted by path) as engine inputs. */
export const readArticleFolder = (dir: string): ImportInput[] => {
  const out: ImportInput[] = [];
  const walk = (current: string) => {
    for (const entry of fs
      .readdirSync(current, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
        out.push({
          name: path.relative(dir, full),
          content: new Uint8Array(fs.readFileSync(full)),
          folder: { file: full, root: dir },
        });
      }
    }
  };
  walk(dir);
  return out;
};
