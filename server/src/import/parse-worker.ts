/**
 * The parse pool's worker (parse-pool.ts), bundled on its own into dist/server/parse-worker.js
 * (scripts/build-cli.mjs). It parses one input per message — the same `parseSource` as the
 * main thread — and computes what the import derives from each article's own values (its content
 * hash, field prints, body JSON text, tag index, author and category slugs), so that the
 * importing thread only decides and writes. Everything it returns is plain data (structured clone).
 */
import { parentPort } from 'node:worker_threads';

import { tagIndexOfTags } from '../content-types/article/derived-fields';
import { parseSource } from '../parsing';
import { draftPrints } from './decide/conflict';
import { contentHash } from './hash';
import type { ParseTask, ParseTaskResult } from './parse-pool';
import { refs } from './refs';
import { lowerThreadPriority } from './thread-priority';

const port = parentPort;
if (!port) throw new Error('parse-worker.js runs only as a worker thread (parse-pool.ts).');

// Background work: the server's thread gets a CPU first when both want one (thread-priority.ts).
lowerThreadPriority();

port.on('message', ({ id, content, name, options }: ParseTask) => {
  let answer: ParseTaskResult;
  try {
    const items = parseSource(content, name, options);
    answer = {
      id,
      items,
      prints: items.map((item) => {
        if (!item.ok) return null;
        const bodyJson = JSON.stringify(item.draft.body);
        return {
          content: contentHash(item.draft, bodyJson),
          fields: draftPrints(item.draft),
          bodyJson,
          tagIndex: tagIndexOfTags(item.draft.tags),
          authorRefs: refs(item.draft.authors),
          categoryRefs: refs(item.draft.categoryPath),
        };
      }),
    };
  } catch (error) {
    // parseSource never throws; a bug that makes it throw is reported, not swallowed.
    answer = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(answer);
});
