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
    error: 'error' in outcome ? outcome.error : null,
    authors: outcome.authors,
    category: outcome.category,
  };
  if (outcome.action === 'conflict') report.changedFields = outcome.changedFields;
  if (outcome.action === 'forbidden') report.missingPermission = outcome.missingPermission;
  if (outcome.draft) report.draft = outcome.draft;
  if (outcome.published !== undefined) report.published = outcome.published;
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

const entityTotals = (
  outcomes: ArticleOutcome[],
  pick: (o: ArticleOutcome) => ArticleOutcome['authors']
) => {
  const created = new Set<string>();
  const reused = new Set<string>();
  for (const outcome of outcomes) {
    if (!WRITES.has(outcome.action)) continue;
    for (const ref of pick(outcome)) (ref.action === 'create' ? created : reused).add(ref.slug);
  }
  // An entity created by one article and used again by the next counts as created only.
  return { created: created.size, reused: [...reused].filter((s) => !created.has(s)).length };
};

/** Outcomes in input order: file order, then position inside a JSON array. */
const inInputOrder = (inputs: ImportInput[], outcomes: ArticleOutcome[]): ArticleOutcome[] => {
  const rank = new Map(inputs.map((input, i) => [input.name, i]));
  const fileRank = (o: ArticleOutcome) => rank.get(o.file) ?? Number.MAX_SAFE_INTEGER;
  return [...outcomes].sort((a, b) => fileRank(a) - fileRank(b) || (a.index ?? 0) - (b.index ?? 0));
};

/** The one report builder: every path of the engine ends here. */
export const buildReport = (args: {
  dryRun: boolean;
  status: ArticleStatus;
  inputs: ImportInput[];
  outcomes: ArticleOutcome[];
  started: number;
}): ImportReport => {
  const totals: ImportTotals = {
    created: 0,
    updated: 0,
    unchanged: 0,
    conflicts: 0,
    forbidden: 0,
    failed: 0,
  };
  for (const outcome of args.outcomes) totals[TOTALS[outcome.action]] += 1;
  return {
    dryRun: args.dryRun,
    status: args.status,
    totals,
    authors: entityTotals(args.outcomes, (o) => o.authors),
    categories: entityTotals(args.outcomes, (o) => o.category),
    articles: inInputOrder(args.inputs, args.outcomes).map(toArticleReport),
    durationMs: Date.now() - args.started,
  };
};
