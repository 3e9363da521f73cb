import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { ArticleReport, ArticleStatus, ImportReport } from '../contracts';
import { toCandidates, type ParseSettings } from './candidates';
import { decide } from './decide';
import { ArticleFailure, describeFailure } from './errors';
import { takeImportLock } from './lock';
import { loadState } from './state';
import { findUnchangedSources } from './unchanged-sources';
import { withRetry } from './retry';
import type { BatchState, Candidate, Decision, ImportInput, ImportOptions } from './types';
import { emitEntryEvents, writeArticle, type EntryEvent } from './write';

const DEFAULT_CHUNK = 25;

export interface EngineSettings extends ParseSettings {
  defaultStatus: ArticleStatus;
}

type Plan = Pick<Decision, 'authors' | 'category' | 'warnings'>;

const articleReport = (
  candidate: Candidate,
  action: ArticleReport['action'],
  plan: Plan,
  documentId: string | null,
  error: ArticleReport['error'] = null
): ArticleReport => ({
  source: candidate.source,
  action,
  slug: candidate.draft.slug,
  documentId,
  title: candidate.draft.title,
  warnings: [...candidate.draft.warnings, ...plan.warnings],
  error,
  authors: plan.authors,
  category: plan.category,
});

const without = (all: Set<string>, excluded: Set<string>) =>
  [...all].filter((slug) => !excluded.has(slug)).length;

/** Totals of a report, from its article lines and the author/category sets. */
const summarise = (
  report: Omit<ImportReport, 'totals' | 'authors' | 'categories' | 'durationMs'>,
  entities: EntitySets,
  started: number
): ImportReport => {
  const count = (...actions: string[]) =>
    report.articles.filter((a) => actions.includes(a.action)).length;
  return {
    dryRun: report.dryRun,
    status: report.status,
    totals: {
      created: count('created', 'create'),
      updated: count('updated', 'update'),
      unchanged: count('unchanged'),
      failed: count('failed', 'invalid'),
    },
    // An entity created by one article and used again by the next counts as created only.
    authors: {
      created: entities.authorsCreated.size,
      reused: without(entities.authorsReused, entities.authorsCreated),
    },
    categories: {
      created: entities.categoriesCreated.size,
      reused: without(entities.categoriesReused, entities.categoriesCreated),
    },
    articles: report.articles,
    durationMs: Date.now() - started,
  };
};

interface EntitySets {
  authorsCreated: Set<string>;
  authorsReused: Set<string>;
  categoriesCreated: Set<string>;
  categoriesReused: Set<string>;
}

const newEntitySets = (): EntitySets => ({
  authorsCreated: new Set<string>(),
  authorsReused: new Set<string>(),
  categoriesCreated: new Set<string>(),
  categoriesReused: new Set<string>(),
});

const countPlanned = (sets: EntitySets, plan: Plan) => {
  for (const a of plan.authors) {
    (a.action === 'create' ? sets.authorsCreated : sets.authorsReused).add(a.slug);
  }
  for (const c of plan.category) {
    (c.action === 'create' ? sets.categoriesCreated : sets.categoriesReused).add(c.slug);
  }
};

/**
 * The import engine. `plan` parses and compares with the database and writes nothing;
 * `apply` writes, chunk by chunk, each chunk in one transaction under the import lock; a failing
 * article rolls back alone (see applyChunk).
 */
export const createImportEngine = (strapi: Core.Strapi, settings: EngineSettings) => {
  const plan = async (inputs: ImportInput[], options: ImportOptions = {}) => {
    const started = Date.now();
    const status = options.status ?? settings.defaultStatus;
    const { candidates, invalid } = toCandidates(inputs, settings);
    const state = await loadState(strapi, candidates);
    const sets = newEntitySets();
    const articles: ArticleReport[] = candidates.map((candidate) => {
      const decision = decide(candidate, state, status);
      countPlanned(sets, decision);
      return {
        ...articleReport(
          candidate,
          decision.action,
          decision,
          decision.existing?.documentId ?? null
        ),
        draft: candidate.draft,
      };
    });
    return summarise(
      { dryRun: true, status, articles: orderLike(inputs, [...articles, ...invalid]) },
      sets,
      started
    );
  };

  const apply = async (inputs: ImportInput[], options: ImportOptions = {}) => {
    if (options.dryRun) return plan(inputs, options);
    const started = Date.now();
    const status = options.status ?? settings.defaultStatus;
    const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
    const unchangedSources = await findUnchangedSources(strapi, inputs, status);
    const { candidates, invalid } = toCandidates(
      inputs.filter((_, index) => !unchangedSources.has(index)),
      settings
    );
    // Refused as a whole only when nothing in it can be imported (see ImportOptions).
    if (
      options.rejectInvalid &&
      invalid.length > 0 &&
      candidates.length === 0 &&
      unchangedSources.size === 0
    ) {
      throw new errors.ValidationError(
        `None of the ${invalid.length} articles can be imported, so nothing was imported. ` +
          `First problem: ${invalid[0].source}${invalid[0].error?.line ? ` line ${invalid[0].error.line}` : ''}: ${invalid[0].error?.message}`,
        {
          errors: invalid.map((r) => ({
            source: r.source,
            code: r.error?.code ?? null,
            message: r.error?.message ?? '',
            line: r.error?.line ?? null,
            column: r.error?.column ?? null,
          })),
        }
      );
    }
    const reports: ArticleReport[] = [...unchangedSources.values()];
    const sets = newEntitySets();
    for (const report of reports) countPlanned(sets, { ...report, warnings: [] });
    // One batched read up front: chunks with nothing to write skip the transaction and the lock
    // (a re-import of unchanged input costs a few queries in all).
    const before = await loadState(strapi, candidates);
    // Entry events of committed chunks, sent while the next chunks are written.
    const sent: Promise<void>[] = [];
    // Progress counts every article: those found unchanged by their source hash are done already.
    const skipped = unchangedSources.size;
    const total = skipped + candidates.length;
    if (skipped > 0) options.onProgress?.(skipped, total, [...unchangedSources.values()]);

    for (let i = 0; i < candidates.length; i += chunkSize) {
      const chunk = candidates.slice(i, i + chunkSize);
      const decisions = chunk.map((candidate) => decide(candidate, before, status));
      const chunkReports = decisions.every((d) => d.action === 'unchanged')
        ? chunk.map((candidate, k) => {
            countPlanned(sets, decisions[k]);
            return articleReport(
              candidate,
              'unchanged',
              decisions[k],
              decisions[k].existing?.documentId ?? null
            );
          })
        : await applyChunk(chunk, status, sets, sent);
      reports.push(...chunkReports);
      options.onProgress?.(
        skipped + Math.min(i + chunkSize, candidates.length),
        total,
        chunkReports
      );
    }
    await Promise.all(sent);
    const failedInvalid = invalid.map((r) => ({
      ...r,
      action: 'failed' as const,
      draft: undefined,
    }));
    return summarise(
      { dryRun: false, status, articles: orderLike(inputs, [...reports, ...failedInvalid]) },
      sets,
      started
    );
  };

  /**
   * Writes a chunk in one transaction under the import lock (retried while the database is
   * busy). When an article fails, the whole chunk rolls back — with the events Strapi queued for
   * it — and its articles are written again one transaction each, so that only the failing one
   * fails.
   */
  const applyChunk = async (
    chunk: Candidate[],
    status: ArticleStatus,
    sets: EntitySets,
    sent: Promise<void>[]
  ): Promise<ArticleReport[]> => {
    try {
      const { reports, chunkSets, events } = await withRetry(() =>
        strapi.db.transaction(async ({ trx }) => {
          await takeImportLock(strapi, trx);
          // Read under the lock: what another writer committed before is seen here. Within the
          // chunk, this state is the cache of authors and categories.
          const state = await loadState(strapi, chunk);
          const chunkSets = newEntitySets();
          const events: EntryEvent[] = [];
          const out: ArticleReport[] = [];
          for (const [index, candidate] of chunk.entries()) {
            try {
              out.push(await applyOne(candidate, state, status, chunkSets, events));
            } catch (error) {
              throw new ArticleFailure(index, error);
            }
          }
          return { reports: out, chunkSets, events };
        })
      );
      // Committed: now webhooks and other listeners may hear of the new entries.
      sent.push(emitEntryEvents(strapi, events));
      for (const key of Object.keys(sets) as (keyof EntitySets)[]) {
        for (const slug of chunkSets[key]) sets[key].add(slug);
      }
      return reports;
    } catch (error) {
      if (chunk.length > 1) {
        const out: ArticleReport[] = [];
        for (const candidate of chunk) {
          out.push(...(await applyChunk([candidate], status, sets, sent)));
        }
        return out;
      }
      const failure = describeFailure(error);
      if (failure.code !== 'INVALID_ARTICLE') {
        strapi.log.error(`[newsroom] import of ${chunk[0].source} failed`, { error });
      }
      return [
        articleReport(
          chunk[0],
          'failed',
          { authors: [], category: [], warnings: [] },
          null,
          failure
        ),
      ];
    }
  };

  const applyOne = async (
    candidate: Candidate,
    state: BatchState,
    status: ArticleStatus,
    sets: EntitySets,
    events: EntryEvent[]
  ): Promise<ArticleReport> => {
    const decision = decide(candidate, state, status);
    countPlanned(sets, decision);
    if (decision.action === 'unchanged') {
      return articleReport(candidate, 'unchanged', decision, decision.existing?.documentId ?? null);
    }
    const documentId = await writeArticle(strapi, candidate, decision, state, status, events);
    state.articles.set(candidate.draft.slug, {
      documentId,
      draftHash: candidate.hash,
      publishedHash: status === 'published' ? candidate.hash : decision.existing?.publishedHash,
    });
    return articleReport(
      candidate,
      decision.action === 'create' ? 'created' : 'updated',
      decision,
      documentId
    );
  };

  return { plan, apply };
};

/** Reports in input order (file order, then position inside a JSON array). */
const orderLike = (inputs: ImportInput[], reports: ArticleReport[]): ArticleReport[] => {
  const rank = new Map(inputs.map((input, i) => [input.name, i]));
  const key = (source: string) => {
    const hash = source.lastIndexOf('#');
    const file = rank.has(source) || hash < 0 ? source : source.slice(0, hash);
    const index = rank.has(source) || hash < 0 ? 0 : Number(source.slice(hash + 1)) || 0;
    return [rank.get(file) ?? Number.MAX_SAFE_INTEGER, index] as const;
  };
  return [...reports].sort((a, b) => {
    const [fa, ia] = key(a.source);
    const [fb, ib] = key(b.source);
    return fa - fb || ia - ib;
  });
};
