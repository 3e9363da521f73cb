/**
 * The news-page corpus (tests/fixtures/news-pages): each page beside its expected reading,
 * written by hand from what the page shows, never from the parser's output. Shared by the
 * table-driven test and `scripts/corpus-accuracy.js`, which prints the share of fields read
 * right.
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { parseSource, type ArticleDraft, type Block, type ListBlock } from '../..';

export const CORPUS_DIR = path.resolve(__dirname, '../../../../../tests/fixtures/news-pages');

/** Every field of a reading the corpus checks. `description` only where the page has one. */
export const FIELDS = [
  'title',
  'categoryPath',
  'tags',
  'authors',
  'body',
  'description',
  'publishedAt',
  'dateline',
  'outlet',
  'aboutAuthor',
  'authorBio',
  'sourceUrl',
] as const;
export type Field = (typeof FIELDS)[number];

export interface Golden {
  notes: string;
  expected: Partial<Record<Field, unknown>>;
  /** Fields this parser still reads wrong, with why: asserted to differ, so a fix is noticed. */
  knownWrong?: Partial<Record<Field, string>>;
}

export interface CorpusCase {
  name: string;
  file: string;
  golden: Golden;
}

export function loadCorpus(): CorpusCase[] {
  return readdirSync(CORPUS_DIR)
    .filter((file) => !file.endsWith('.expected.json') && !file.startsWith('.'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.[^.]+$/u, '');
      const golden = JSON.parse(
        readFileSync(path.join(CORPUS_DIR, `${name}.expected.json`), 'utf8')
      ) as Golden;
      return { name, file, golden };
    });
}

function listLines(list: ListBlock, depth: number): string[] {
  let number = 0;
  return list.children.flatMap((child) => {
    if (child.type === 'list') return listLines(child, depth + 1);
    number += 1;
    const marker = list.format === 'ordered' ? `${number}.` : '-';
    const text = child.children
      .map((node) => (node.type === 'text' ? node.text : node.children.map((c) => c.text).join('')))
      .join('');
    return [`${'  '.repeat(depth)}${marker} ${text}`];
  });
}

/** A block as one readable string: "## Heading", "> quote", "- item\n- item", or the text. */
export function blockSummary(block: Block): string {
  const text = (): string =>
    block.type === 'list'
      ? ''
      : block.children
          .map((node) =>
            node.type === 'text' ? node.text : node.children.map((c) => c.text).join('')
          )
          .join('');
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${text()}`;
    case 'quote':
      return `> ${text()}`;
    case 'code':
      return `\`\`\`\n${text()}\n\`\`\``;
    case 'list':
      return listLines(block, 0).join('\n');
    default:
      return text();
  }
}

export type Reading = Record<Field, unknown> & { format: string };

export function readCase(item: CorpusCase): Reading | { error: string } {
  const [result] = parseSource(
    new Uint8Array(readFileSync(path.join(CORPUS_DIR, item.file))),
    item.file
  );
  if (!result.ok) return { error: `${result.error.code}: ${result.error.message}` };
  const draft: ArticleDraft = result.draft;
  const meta = draft.sourceMeta;
  return {
    format: meta.format,
    title: draft.title,
    categoryPath: draft.categoryPath,
    tags: draft.tags,
    authors: draft.authors,
    body: draft.body.map(blockSummary),
    description: draft.description,
    publishedAt: meta.publishedAt,
    dateline: meta.dateline,
    outlet: meta.outlet,
    aboutAuthor: meta.aboutAuthor,
    authorBio: meta.authorBio,
    sourceUrl: meta.sourceUrl,
  };
}

/** The fields a case checks: every field, but `description` only when the golden gives one. */
export function checkedFields(golden: Golden): Field[] {
  return FIELDS.filter((field) => field !== 'description' || field in golden.expected);
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
