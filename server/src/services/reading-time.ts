import type { Core } from '@strapi/strapi';

import { UID, type GetReadingTime, type ReadingTimeJob } from '../../../shared/contracts';
import { nextTurn } from '../import/pause';
import { readingTimeOf, wordCountsReadingIn } from '../parsing';
import { getService } from '../utils/get-service';

/** Rows read and rewritten per step. */
export const RECOMPUTE_BATCH_SIZE = 200;
/** Milliseconds the recompute waits between steps, so requests keep being answered. */
export const RECOMPUTE_PAUSE_MS = 5;

export interface RecomputeOptions {
  batchSize?: number;
  pauseMs?: number;
  startedBy?: string | null;
}

/** A recompute already runs: the second start is refused (HTTP 409). */
export class RecomputeRunningError extends Error {
  constructor(readonly job: ReadingTimeJob) {
    super(
      `A reading-time recompute is already running (${job.done} of ${job.total} article rows done). ` +
        'Wait for it to finish, then start again if needed.'
    );
    this.name = 'RecomputeRunningError';
  }
}

interface ArticleColumns {
  table: string;
  id: string;
  documentId: string;
  wordCount: string;
  readingTime: string;
}

interface AttributeMeta {
  columnName?: string;
}

const pause = (ms: number) =>
  ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : nextTurn();

/**
 * Recomputes `readingTimeMinutes` of every article row after a words-per-minute change: each
 * draft and each published version, every locale, from the word count stored with the row
 * (counted from its body at its last save) — the same max(1, ceil(words / wpm)) as a save.
 *
 * It writes that one column with plain SQL (Strapi's query engine would stamp `updatedAt`): no
 * `updatedAt`/`updatedBy` change, no lifecycle, no webhook, no publish. A published article stays
 * "published" rather than turning "modified", and the list's "last updated" and "last edited by"
 * still name the editor's own work. Each UPDATE repeats the word-count range it was computed for,
 * so a row an editor saves meanwhile (with a new body and count) is left as the save wrote it.
 *
 * One run at a time, in this process; steps of `batchSize` rows with a pause between them. A
 * words-per-minute change during a run starts it over with the new speed.
 */
const readingTime = ({ strapi }: { strapi: Core.Strapi }) => {
  let job: ReadingTimeJob | null = null;
  let stopping = false;

  const columns = (): ArticleColumns => {
    const meta = strapi.db.metadata.get(UID.article) as unknown as {
      tableName: string;
      attributes: Record<string, AttributeMeta>;
    };
    const column = (name: string) => meta.attributes[name]?.columnName ?? name;
    return {
      table: meta.tableName,
      id: column('id'),
      documentId: column('documentId'),
      wordCount: column('wordCount'),
      readingTime: column('readingTimeMinutes'),
    };
  };

  const knex = () => strapi.db.connection;

  const countRows = async (c: ArticleColumns): Promise<number> => {
    const [row] = (await knex()(c.table).whereNotNull(c.wordCount).count({ n: '*' })) as {
      n: number | string;
    }[];
    return Number(row?.n ?? 0);
  };

  const currentWpm = () => getService(strapi, 'settings').current().wordsPerMinute;

  const run = async (
    running: ReadingTimeJob,
    { batchSize, pauseMs }: Required<Pick<RecomputeOptions, 'batchSize' | 'pauseMs'>>
  ) => {
    const c = columns();
    let lastId = 0;
    for (;;) {
      if (stopping) throw new Error('the server is shutting down');
      const wpm = currentWpm();
      if (wpm !== running.wordsPerMinute) {
        // The speed changed during the run: the rows done so far used the old one.
        Object.assign(running, { wordsPerMinute: wpm, done: 0, changed: 0 });
        running.total = await countRows(c);
        lastId = 0;
      }
      const rows = (await knex()(c.table)
        .select({ id: c.id, wordCount: c.wordCount, readingTime: c.readingTime })
        .whereNotNull(c.wordCount)
        .andWhere(c.id, '>', lastId)
        .orderBy(c.id, 'asc')
        .limit(batchSize)) as { id: number; wordCount: number | string; readingTime: unknown }[];
      if (rows.length === 0) break;

      const byMinutes = new Map<number, number[]>();
      for (const row of rows) {
        const minutes = readingTimeOf(Number(row.wordCount), wpm);
        if (Number(row.readingTime) === minutes && row.readingTime !== null) continue;
        byMinutes.set(minutes, [...(byMinutes.get(minutes) ?? []), row.id]);
      }
      for (const [minutes, ids] of byMinutes) {
        const { above, atMost } = wordCountsReadingIn(minutes, wpm);
        const query = knex()(c.table)
          .whereIn(c.id, ids)
          .andWhere(c.wordCount, '<=', atMost)
          .update({ [c.readingTime]: minutes });
        if (Number.isFinite(above)) query.andWhere(c.wordCount, '>', above);
        running.changed += Number(await query);
      }
      running.done += rows.length;
      running.total = Math.max(running.total, running.done);
      lastId = rows[rows.length - 1].id;
      await pause(pauseMs);
    }
    running.total = running.done;
  };

  return {
    /** The articles and rows a recompute goes through, the current speed and the last run. */
    async status(): Promise<GetReadingTime.Response['data']> {
      const c = columns();
      const [row] = (await knex()(c.table).countDistinct({ n: c.documentId })) as {
        n: number | string;
      }[];
      return {
        articles: Number(row?.n ?? 0),
        rows: await countRows(c),
        wordsPerMinute: currentWpm(),
        job: job && { ...job },
      };
    },

    /**
     * Starts a recompute with the current words-per-minute and returns at once (the job goes on
     * in the background). Throws RecomputeRunningError while one runs.
     */
    async start(options: RecomputeOptions = {}): Promise<ReadingTimeJob> {
      if (job?.state === 'running') throw new RecomputeRunningError({ ...job });
      stopping = false;
      const running: ReadingTimeJob = {
        state: 'running',
        wordsPerMinute: currentWpm(),
        total: 0,
        done: 0,
        changed: 0,
        startedAt: new Date().toISOString(),
        finishedAt: null,
        startedBy: options.startedBy ?? null,
        error: null,
      };
      job = running;
      try {
        running.total = await countRows(columns());
      } catch (error) {
        job = null;
        throw error;
      }
      void run(running, {
        batchSize: options.batchSize ?? RECOMPUTE_BATCH_SIZE,
        pauseMs: options.pauseMs ?? RECOMPUTE_PAUSE_MS,
      }).then(
        () => {
          running.state = 'done';
          running.finishedAt = new Date().toISOString();
        },
        (error: unknown) => {
          running.state = 'failed';
          running.finishedAt = new Date().toISOString();
          running.error = error instanceof Error ? error.message : String(error);
          strapi.log.error(
            `[newsroom] The reading-time recompute stopped after ${running.done} of ${running.total} article rows: ${running.error}. Start it again from the Newsroom settings.`
          );
        }
      );
      return { ...running };
    },

    /** Resolves when no recompute runs. */
    async idle(): Promise<void> {
      while (job?.state === 'running') await pause(10);
    },

    /** Stops a running recompute at its next step and waits for it (the plugin's destroy). */
    async stop(): Promise<void> {
      stopping = true;
      await this.idle();
    },
  };
};

export type ReadingTimeService = ReturnType<typeof readingTime>;

declare module '../utils/get-service' {
  interface NewsroomServices {
    readingTime: ReadingTimeService;
  }
}
export default readingTime;
