import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';

import type { ArticleReport, ArticleStatus, ImportReport } from '../contracts';
import { toCandidates, type ParseSettings } from './candidates';
import { decide } from './decide';
import { takeImportLock } from './lock';
import { emptyState, loadState } from './state';
import type { BatchState, Candidate, ImportInput, ImportOptions } from './types';
import { writeArticle, type Created } from './write';

const DEFAULT_CHUNK = 25;

export interface EngineSettings extends ParseSettings {
  defaultStatus: ArticleStatus;
}

const errorMessage = (error: unknown): string => {
  if (error instanceof Error) {
    const details = (error as { details?: { errors?: { path?: string[]; message?: string }[] } })
      .details;
    const first = details?.errors?.[0];
    if (first?.message) {
      return `${error.message}${first.path?.length ? ` (${first.path.join('.')})` : ''}`;
    }
    return error.message;
  }
  return String(error);
};

const articleReport = (
  candidate: Candidate,
  action: ArticleReport['action'],
  plan: { authors: ArticleReport['authors']; category: ArticleReport['category'] },
  documentId: string | null,
  error: ArticleReport['error'] = null
): ArticleReport => ({
  source: candidate.source,
  action,
  slug: candidate.draft.slug,
  documentId,
  title: candidate.draft.title,
  warnings: candidate.draft.warnings,
  error,
  authors: plan.authors,
  category: plan.category,
});

const without = (all: Set<string>, excluded: Set<string>) =>
  [...all].filter((slug) => !excluded.has(slug)).length;

/** Totals of a report, from its article lines and the author/category sets. */
const summarise = (
  report: Omit<ImportReport, 'totals' | 'authors' | 'categories' | 'durationMs'>,
  entities: {
    authorsCreated: Set<string>;
    authorsReused: Set<string>;
    categoriesCreated: Set<string>;
    categoriesReused: Set<string>;
  },
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

const newEntitySets = () => ({
  authorsCreated: new Set<string>(),
  authorsReused: new Set<string>(),
  categoriesCreated: new Set<string>(),
  categoriesReused: new Set<string>(),
});

const countPlanned = (
  sets: ReturnType<typeof newEntitySets>,
  plan: { authors: ArticleReport['authors']; category: ArticleReport['category'] }
) => {
  for (const a of plan.authors) {
    (a.action === 'create' ? sets.authorsCreated : sets.authorsReused).add(a.slug);
  }
  for (const c of plan.category) {
    (c.action === 'create' ? sets.categoriesCreated : sets.categoriesReused).add(c.slug);
  }
};

/**
 * The import engine. `plan` parses and compares with the database and writes nothing;
 * `apply` writes, chunk by chunk, each chunk in one transaction under the import lock, each
 * article behind a savepoint so that a failing article rolls back alone.
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
    const { candidates, invalid } = toCandidates(inputs, settings);
    if (options.rejectInvalid && invalid.length > 0) {
      throw new errors.ValidationError(
        `${invalid.length} of ${invalid.length + candidates.length} articles cannot be imported, so nothing was imported. ` +
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
    const reports: ArticleReport[] = [];
    const sets = newEntitySets();
    // Authors and categories known to exist (read or created and committed) during this run.
    const cache = emptyState();

    for (let i = 0; i < candidates.length; i += chunkSize) {
      const chunk = candidates.slice(i, i + chunkSize);
      const chunkReports = await applyChunk(chunk, status, cache, sets);
      reports.push(...chunkReports);
      options.onProgress?.(
        Math.min(i + chunkSize, candidates.length),
        candidates.length,
        chunkReports
      );
    }
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

  const applyChunk = async (
    chunk: Candidate[],
    status: ArticleStatus,
    cache: BatchState,
    sets: ReturnType<typeof newEntitySets>
  ): Promise<ArticleReport[]> => {
    const chunkSets = newEntitySets();
    try {
      const reports = await strapi.db.transaction(async ({ trx }) => {
        await takeImportLock(strapi, trx);
        // Read under the lock: what another writer committed before us is seen here.
        const state = await loadState(strapi, chunk, cache);
        const out: ArticleReport[] = [];
        for (const candidate of chunk) {
          out.push(await applyOne(trx, candidate, state, status, chunkSets));
        }
        // Commit succeeded below: remember the entities for the next chunks.
        for (const [slug, entity] of state.authors) cache.authors.set(slug, entity);
        for (const [slug, entity] of state.categories) cache.categories.set(slug, entity);
        return out;
      });
      for (const key of Object.keys(sets) as (keyof typeof sets)[]) {
        for (const slug of chunkSets[key]) sets[key].add(slug);
      }
      return reports;
    } catch (error) {
      // The chunk's transaction itself failed (lock wait, lost connection): nothing was written.
      cache.authors.clear();
      cache.categories.clear();
      const message = `The import transaction failed: ${errorMessage(error)}. Nothing was written for this article; run the import again.`;
      return chunk.map((candidate) =>
        articleReport(candidate, 'failed', { authors: [], category: [] }, null, {
          message,
          line: null,
          code: 'TRANSACTION_FAILED',
        })
      );
    }
  };

  const applyOne = async (
    trx: Knex.Transaction,
    candidate: Candidate,
    state: BatchState,
    status: ArticleStatus,
    sets: ReturnType<typeof newEntitySets>
  ): Promise<ArticleReport> => {
    const decision = decide(candidate, state, status);
    if (decision.action === 'unchanged') {
      countPlanned(sets, decision);
      return articleReport(candidate, 'unchanged', decision, decision.existing!.documentId);
    }
    const created: Created = { authors: [], categories: [] };
    await trx.raw('SAVEPOINT newsroom_article');
    try {
      const documentId = await writeArticle(strapi, candidate, decision, state, status, created);
      await trx.raw('RELEASE SAVEPOINT newsroom_article');
      countPlanned(sets, decision);
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
    } catch (error) {
      await trx.raw('ROLLBACK TO SAVEPOINT newsroom_article');
      // Forget what this article created: the savepoint rolled it back.
      for (const slug of created.authors) state.authors.delete(slug);
      for (const slug of created.categories) state.categories.delete(slug);
      return articleReport(candidate, 'failed', decision, null, {
        message: `Could not write the article: ${errorMessage(error)}. Nothing was written for it; fix the source and import it again.`,
        line: null,
        code: 'WRITE_FAILED',
      });
    }
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

export type ImportEngine = ReturnType<typeof createImportEngine>;
