import type {
  ArticleReport,
  ArticleStatus,
  ImportReport,
  ImportTotals,
} from '../../../shared/contracts';
import type { ArticleOutcome, ImportInput } from './types';

/** The report line of an outcome (the CLI's --json, the admin API, the history). */
export const toArticleReport = (outcome: ArticleOutcome): ArticleReport => {
  const report: ArticleReport = {
    source: outcome.source,
    file: outcome.file,
    index: outcome.index,
    action: outcome.action,
    slug: outcome.slug,
    documentId: outcome.documentId,
    title: outcome.title,
    warnings: outcome.warnings,
    warningDetails: outcome.warningDetails ?? [],
    error: ('error' in outcome ? outcome.error : null) ?? null,
    authors: outcome.authors,
    category: outcome.category,
  };
  if (outcome.action === 'conflict') report.changedFields = outcome.changedFields;
  if (outcome.action === 'forbidden') report.missingPermission = outcome.missingPermission;
  if (outcome.draft) report.draft = outcome.draft;
  if (outcome.published !== undefined) report.published = outcome.published;
  if (outcome.lastEdit) report.lastEdit = outcome.lastEdit;
  if (outcome.changes) report.changes = outcome.changes;
  if (outcome.cover) report.cover = outcome.cover;
  if (outcome.locale !== undefined) report.locale = outcome.locale;
  if (outcome.translationOf !== undefined) report.translationOf = outcome.translationOf;
  return report;
};

const TOTALS: Record<ArticleOutcome['action'], keyof ImportTotals> = {
  create: 'created',
  created: 'created',
  update: 'updated',
  updated: 'updated',
  unchanged: 'unchanged',
  conflict: 'conflicts',
  forbidden: 'forbidden',
  invalid: 'failed',
  failed: 'failed',
};

/** Outcomes whose authors and categories are (or will be) in the database. */
const WRITES = new Set<ArticleOutcome['action']>([
  'create',
  'created',
  'update',
  'updated',
  'unchanged',
]);

/** Outcomes in input order: file order, then position inside a JSON array. */
const inInputOrder = (
  inputs: readonly ImportInput[],
  outcomes: ArticleOutcome[]
): ArticleOutcome[] => {
  const rank = new Map(inputs.map((input, i) => [input.name, i]));
  const fileRank = (o: ArticleOutcome) => rank.get(o.file) ?? Number.MAX_SAFE_INTEGER;
  return [...outcomes].sort((a, b) => fileRank(a) - fileRank(b) || (a.index ?? 0) - (b.index ?? 0));
};

/** Authors or categories created and reused, counted once each over the whole import. */
const entityCounter = () => {
  const created = new Set<string>();
  const reused = new Set<string>();
  return {
    add: (refs: ArticleOutcome['authors']) => {
      for (const ref of refs) (ref.action === 'create' ? created : reused).add(ref.slug);
    },
    // An entity created by one article and used again by the next counts as created only.
    totals: () => ({
      created: created.size,
      reused: [...reused].filter((s) => !created.has(s)).length,
    }),
  };
};

export interface ReportOptions {
  dryRun: boolean;
  status: ArticleStatus;
  started: number;
  /** Article lines the report keeps (default: all); the others are counted in `articlesOmitted`. */
  maxLines?: number;
  /** Sees every article line, in input order, kept or not (`newsroom seed --report FILE`). */
  onArticle?: (line: ArticleReport) => void;
}

/**
 * The one report builder: every path of the engine ends here. Fed batch after batch (a batch's
 * outcomes with the inputs they came from, batches in input order), it counts every article and
 * keeps the first `maxLines` lines, so that an import of any size has a report of bounded size.
 */
export const createReportBuilder = (options: ReportOptions) => {
  const totals: ImportTotals = {
    created: 0,
    updated: 0,
    unchanged: 0,
    conflicts: 0,
    forbidden: 0,
    failed: 0,
  };
  const authors = entityCounter();
  const categories = entityCounter();
  const max = options.maxLines ?? Number.POSITIVE_INFINITY;
  const articles: ArticleReport[] = [];
  let omitted = 0;
  return {
    add(inputs: readonly ImportInput[], outcomes: ArticleOutcome[]) {
      for (const outcome of inInputOrder(inputs, outcomes)) {
        totals[TOTALS[outcome.action]] += 1;
        if (WRITES.has(outcome.action)) {
          authors.add(outcome.authors);
          categories.add(outcome.category);
        }
        const line = toArticleReport(outcome);
        options.onArticle?.(line);
        if (articles.length < max) articles.push(line);
        else omitted += 1;
      }
    },
    finish(): ImportReport {
      return {
        dryRun: options.dryRun,
        status: options.status,
        totals,
        authors: authors.totals(),
        categories: categories.totals(),
        articles,
        ...(omitted > 0 ? { articlesOmitted: omitted } : {}),
        durationMs: Date.now() - options.started,
      };
    },
  };
};

/** The report of one batch of outcomes (see createReportBuilder). */
export const buildReport = (args: {
  dryRun: boolean;
  status: ArticleStatus;
  inputs: ImportInput[];
  outcomes: ArticleOutcome[];
  started: number;
}): ImportReport => {
  const builder = createReportBuilder(args);
  builder.add(args.inputs, args.outcomes);
  return builder.finish();
};
