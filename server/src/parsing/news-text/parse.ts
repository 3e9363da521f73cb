import {
  articleWarning,
  type ArticleWarning,
  type DateProblem,
} from '../../../../shared/contracts/warnings';
import { paragraphBlock } from '../blocks';
import { readDateLine, type ReadDate } from '../dates';
import { buildDraft, type DraftOptions } from '../draft';
import { MAX_TITLE_LENGTH } from '../limits';
import type { ArticleDraft, SourceMeta } from '../types';
import { isRootlessBreadcrumb, parseBreadcrumb } from './breadcrumb';
import { readByline, type Byline } from './byline';
import { isAboutHeading, isBoilerplate, readAboutLine, readAuthorNote } from './chrome';
import { readDateline } from './dateline';
import { readLines, SENTENCE_END, type Line } from './lines';
import { decideLayout, toParagraphs, type BodyLine, type Layout } from './paragraphs';
import { isBreadcrumb, looksLikeParagraph, parseLabelledTags, parseTagsLine } from './shapes';

/**
 * What each line of the text was read as; lines without a role are body. Only 'boilerplate' is
 * ever compared by name; the others only mark a line as taken (`!== undefined`), and their names
 * are for the reader.
 */
type Role =
  | 'breadcrumb'
  | 'title'
  | 'subtitle'
  | 'date'
  | 'dateline'
  | 'tags'
  | 'byline'
  | 'about'
  | 'bio'
  | 'boilerplate';

interface Reading {
  lines: Line[];
  roles: Array<Role | undefined>;
  layout: Layout;
  title?: string;
  titleLine: number;
  subtitle?: string;
  categoryPath: string[];
  tags: string[];
  byline?: Byline;
  date?: ReadDate;
  dateline?: string;
  outlet?: string;
  aboutAuthor?: string;
  authorBio?: string;
  noteAuthor?: string;
  warnings: ArticleWarning[];
}

const MAX_SUBTITLE = 300;

/** The index of the next line without a role after `from` (-1 for the first line), or -1. */
function nextFree(reading: Reading, from: number): number {
  for (let i = from + 1; i < reading.lines.length; i += 1) {
    if (reading.roles[i] === undefined) return i;
  }
  return -1;
}

/** The first date found is the article's. */
function setDate(reading: Reading, date: ReadDate | undefined): void {
  reading.date ??= date;
}

/** A header line that is structure, not prose (or undefined): what it is, applied when asked. */
function headerShape(reading: Reading, index: number, apply: boolean): Role | undefined {
  const text = reading.lines[index].text;
  const byline = reading.byline === undefined ? readByline(text) : undefined;
  if (byline) {
    if (apply) {
      reading.byline = byline;
      setDate(reading, byline.date);
    }
    return 'byline';
  }
  const date = readDateLine(text);
  if (date) {
    if (apply) setDate(reading, date);
    return 'date';
  }
  const dateline = readDateline(text);
  if (dateline && dateline.rest === '') {
    if (apply) {
      reading.dateline = dateline.place;
      setDate(reading, dateline.date);
      reading.outlet ??= dateline.agency;
    }
    return 'dateline';
  }
  const labelled = parseLabelledTags(text);
  if (labelled) {
    if (apply) reading.tags = [...reading.tags, ...labelled];
    return 'tags';
  }
  return undefined;
}

/** An unlabelled tags line ("Azerbaijan, Iran") right under the title, with body after it. */
function isTagsLine(reading: Reading, index: number): string[] | undefined {
  if (reading.tags.length > 0) return undefined;
  const next = nextFree(reading, index);
  if (next === -1) return undefined;
  // In a blank-line text, a line glued to the next one is the start of a wrapped paragraph.
  const standsAlone =
    reading.layout === 'single-newlines' ||
    reading.lines[next].blankBefore ||
    next !== index + 1 ||
    headerShape(reading, next, false) !== undefined;
  if (!standsAlone || readByline(reading.lines[index].text)) return undefined;
  return parseTagsLine(reading.lines[index].text);
}

function readTitle(reading: Reading, start: number): number {
  // `start` is -1 when no line is left (then there is no next one either).
  const first: Line | undefined = reading.lines[start];
  const next = nextFree(reading, start);
  const nextText = next === -1 ? undefined : reading.lines[next].text;
  if (!first || !(isBreadcrumb(first.text) || isRootlessBreadcrumb(first.text, nextText))) {
    reading.warnings.push(
      articleWarning('NO_BREADCRUMB', {}, 'No breadcrumb found: the article will have no category')
    );
    if (first) {
      // Stryker disable next-line StringLiteral: a role only read as set (see Role)
      reading.roles[start] = 'title';
      reading.title = first.text;
      reading.titleLine = first.line;
    }
    return start;
  }
  // Stryker disable next-line StringLiteral: a role only read as set (see Role)
  reading.roles[start] = 'breadcrumb';
  const candidateIndex = nextFree(reading, start);
  const candidate: Line | undefined = reading.lines[candidateIndex];
  const crumb = parseBreadcrumb(first.text, candidate?.text);
  reading.categoryPath = crumb.path;
  reading.titleLine = candidate?.line ?? first.line + 1;
  if (!candidate) {
    reading.title = crumb.titleSegment;
    return start;
  }
  const takeCandidate = (): number => {
    // Stryker disable next-line StringLiteral: a role only read as set (see Role)
    reading.roles[candidateIndex] = 'title';
    reading.title = candidate.text;
    return candidateIndex;
  };
  if (crumb.matchesTitle || crumb.titleSegment === undefined) return takeCandidate();
  if (isCategoryName(crumb.titleSegment, candidate.text)) {
    // "Home / Sport / Football" over a title line: the breadcrumb stops at the category.
    reading.categoryPath = [...crumb.path, crumb.titleSegment];
    return takeCandidate();
  }
  const hasBodyAfter = nextFree(reading, candidateIndex) !== -1;
  const tagsLike = hasBodyAfter && (parseTagsLine(candidate.text)?.length ?? 0) >= 2;
  const notTitle =
    tagsLike ||
    looksLikeParagraph(candidate.text) ||
    headerShape(reading, candidateIndex, false) !== undefined;
  if (notTitle) {
    reading.title = crumb.titleSegment;
    reading.warnings.push(
      articleWarning(
        'TITLE_FROM_BREADCRUMB',
        {},
        'No title line after the breadcrumb: the title was taken from the breadcrumb'
      )
    );
    return start;
  }
  reading.warnings.push(
    articleWarning(
      'BREADCRUMB_TITLE_DIFFERS',
      { breadcrumbTitle: crumb.titleSegment },
      `Breadcrumb title differs from the title line: kept the title line ("${crumb.titleSegment}" in the breadcrumb)`
    )
  );
  return takeCandidate();
}

/** A short capitalised segment ("Football", "Oil and Gas"): a category, not a page title. */
function isCategoryName(segment: string, titleLine: string): boolean {
  const words = segment.split(' ');
  return (
    words.length <= 3 &&
    titleLine.length <= MAX_TITLE_LENGTH &&
    !looksLikeParagraph(titleLine) &&
    segment.length * 2 < titleLine.length &&
    !/[.!?:;,]$/u.test(segment) &&
    words.every((word) => /^[\p{Lu}\p{Lt}\p{Lo}&]/u.test(word) || /^(?:and|of|&|и|və)$/u.test(word))
  );
}

/** Breadcrumb, title, then the standfirst, dateline, date, tags and byline in any order. */
function readHeader(reading: Reading): void {
  let index = nextFree(reading, -1);
  // A date line may sit above the title (a breadcrumb never reads as one: its root is a word).
  while (index !== -1 && readDateLine(reading.lines[index].text)) {
    headerShape(reading, index, true);
    // Stryker disable next-line StringLiteral: a role only read as set (see Role)
    reading.roles[index] = 'date';
    index = nextFree(reading, index);
  }
  const titleEnd = readTitle(reading, index);
  index = nextFree(reading, titleEnd);
  while (index !== -1) {
    const role = headerShape(reading, index, true);
    if (role) {
      reading.roles[index] = role;
    } else {
      const tags = isTagsLine(reading, index);
      if (tags) {
        reading.tags = tags;
        // Stryker disable next-line StringLiteral: a role only read as set (see Role)
        reading.roles[index] = 'tags';
      } else if (!isSubtitle(reading, index, titleEnd)) {
        return;
      }
    }
    index = nextFree(reading, index);
  }
}

/**
 * The line under the title is a standfirst when more header (byline, date…) follows it. Right
 * under it: no other header line (a standfirst read already included) comes between the title
 * (at `titleEnd`, or the breadcrumb it was taken from) and it. A date line above the title is
 * not between them.
 */
function isSubtitle(reading: Reading, index: number, titleEnd: number): boolean {
  const between = reading.roles.slice(titleEnd + 1, index);
  if (between.some((role) => role !== undefined && role !== 'boilerplate')) return false;
  const text = reading.lines[index].text;
  if (text.length > MAX_SUBTITLE || text.endsWith(':')) return false;
  const next = nextFree(reading, index);
  if (next === -1 || headerShape(reading, next, false) === undefined) return false;
  // Body must follow the rest of the header, or this line is the body.
  let after = nextFree(reading, next);
  while (after !== -1 && headerShape(reading, after, false) !== undefined)
    after = nextFree(reading, after);
  if (after === -1) return false;
  reading.subtitle = text;
  // Stryker disable next-line StringLiteral: a role only read as set (see Role)
  reading.roles[index] = 'subtitle';
  reading.warnings.push(
    articleWarning(
      'STANDFIRST_AS_DESCRIPTION',
      {},
      'Took the line under the title as the standfirst (the description)'
    )
  );
  return true;
}

/**
 * In a blank-line text, a trailing line glued to a paragraph that has not ended continues it.
 * `index` is never 0 (the trailer stops above the first line).
 */
function glued(reading: Reading, index: number): boolean {
  return (
    reading.layout === 'blank-lines' &&
    !reading.lines[index].blankBefore &&
    reading.roles[index - 1] === undefined &&
    !SENTENCE_END.test(reading.lines[index - 1].text)
  );
}

const MAX_BIO_LINES = 4;
const MAX_BIO_LINE = 600;
const ABOUT_SEARCH = 10;

/** "About <Name>" (or "About the author" + name) near the end, and the bio lines after it. */
function readAuthorBox(reading: Reading, headerEnd: number): void {
  const { lines } = reading;
  const lowest = Math.max(headerEnd + 1, lines.length - ABOUT_SEARCH);
  // Only boilerplate has a role yet, and no boilerplate line reads as an author box.
  for (let j = lines.length - 1; j >= lowest; j -= 1) {
    let name = readAboutLine(lines[j].text);
    let bioStart = j + 1;
    if (name === undefined && isAboutHeading(lines[j].text) && j + 1 < lines.length) {
      const candidate = lines[j + 1].text;
      name = candidate.length <= 80 && !/[.!?]$/u.test(candidate) ? candidate : undefined;
      bioStart = j + 2;
    }
    if (name === undefined) continue;
    const bio: number[] = [];
    for (let k = bioStart; k < lines.length; k += 1) {
      if (
        reading.roles[k] !== undefined ||
        readByline(lines[k].text) ||
        parseLabelledTags(lines[k].text)
      )
        continue;
      bio.push(k);
    }
    if (bio.length > MAX_BIO_LINES || bio.some((k) => lines[k].text.length > MAX_BIO_LINE))
      continue;
    reading.aboutAuthor = name;
    // Stryker disable next-line StringLiteral: a role only read as set (see Role)
    for (let k = j; k < bioStart; k += 1) reading.roles[k] = 'about';
    // Stryker disable next-line StringLiteral: a role only read as set (see Role)
    for (const k of bio) reading.roles[k] = 'bio';
    if (bio.length > 0) reading.authorBio = bio.map((k) => lines[k].text).join(' ');
    return;
  }
}

/** Byline, author note, tags and date lines at the end, walking back from the last line. */
function readTrailer(reading: Reading, headerEnd: number): void {
  readAuthorBox(reading, headerEnd);
  for (let index = reading.lines.length - 1; index > headerEnd; index -= 1) {
    if (reading.roles[index] !== undefined) continue;
    if (glued(reading, index)) return;
    const text = reading.lines[index].text;
    const byline = reading.byline === undefined ? readByline(text) : undefined;
    if (byline) {
      reading.byline = byline;
      setDate(reading, byline.date);
      // Stryker disable next-line StringLiteral: a role only read as set (see Role)
      reading.roles[index] = 'byline';
      continue;
    }
    const note = reading.authorBio === undefined ? readAuthorNote(text) : undefined;
    if (note) {
      reading.noteAuthor = note;
      reading.authorBio = text;
      // Stryker disable next-line StringLiteral: a role only read as set (see Role)
      reading.roles[index] = 'bio';
      continue;
    }
    const tags = parseLabelledTags(text);
    if (tags) {
      reading.tags = [...reading.tags, ...tags];
      // Stryker disable next-line StringLiteral: a role only read as set (see Role)
      reading.roles[index] = 'tags';
      continue;
    }
    const date = readDateLine(text);
    if (!date) return;
    setDate(reading, date);
    // Stryker disable next-line StringLiteral: a role only read as set (see Role)
    reading.roles[index] = 'date';
  }
}

/** The body lines, with a break wherever a blank line or removed chrome was. */
function bodyLines(reading: Reading): BodyLine[] {
  const out: BodyLine[] = [];
  reading.lines.forEach((line, index) => {
    if (reading.roles[index] !== undefined) return;
    out.push({ ...line, breakBefore: line.blankBefore || reading.roles[index - 1] !== undefined });
  });
  return out;
}

/** "BAKU, Azerbaijan, July 14. The president…": the dateline comes off the first paragraph. */
function takeInlineDateline(reading: Reading, lines: BodyLine[]): void {
  const first = lines[0];
  if (!first || reading.dateline !== undefined) return;
  const dateline = readDateline(first.text);
  // A dateline alone on its line (rest '') never gets here: the header takes it.
  if (!dateline?.rest) return;
  lines[0] = { ...first, text: dateline.rest };
  reading.dateline = dateline.place;
  setDate(reading, dateline.date);
  reading.outlet ??= dateline.agency;
}

/** Why a date was not used, or only partly, in words. */
const DATE_PROBLEM_TEXT: Record<DateProblem, string> = {
  NO_DAY_AND_MONTH: 'it has no day and month',
  NO_YEAR: 'it has no year',
  NO_TIME_ZONE: 'its time zone is not given',
  INCOMPLETE: 'it is incomplete',
};

function dateWarnings(reading: Reading): void {
  const date = reading.date;
  if (!date) return;
  if (date.iso === undefined) {
    const reason = date.note ?? 'INCOMPLETE';
    reading.warnings.push(
      articleWarning(
        'DATE_NOT_USED',
        { date: date.text, reason },
        `The date "${date.text}" was not used as the publication date: ${DATE_PROBLEM_TEXT[reason]}`
      )
    );
  } else if (date.note) {
    reading.warnings.push(
      articleWarning(
        'DATE_READ_PARTLY',
        { date: date.text, iso: date.iso, reason: date.note },
        `The date "${date.text}" was read as ${date.iso}, but ${DATE_PROBLEM_TEXT[date.note]}`
      )
    );
  }
}

function sourceMeta(reading: Reading, boilerplate: string[]): Omit<SourceMeta, 'format'> {
  return {
    aboutAuthor: reading.aboutAuthor,
    authorBio: reading.authorBio,
    dateline: reading.dateline,
    publishedAt: reading.date?.iso,
    dateText: reading.date?.text,
    outlet: reading.byline?.outlet ?? reading.outlet,
    // An empty list is left out of the metadata (buildDraft).
    boilerplate,
  };
}

/**
 * The line a breadcrumb names as the title ("Home / Sport / Sponsored" over "Sponsored"): it is
 * the title even where it reads like chrome (an ad label, "By Ann Lee", "About Baku"). Its index,
 * or 0 (the first line) when the text has no such pair.
 */
function namedTitleLine(reading: Reading): number {
  const crumb = reading.roles.findIndex((role) => role === undefined);
  const title = crumb + 1;
  if (crumb < 0 || title >= reading.lines.length) return 0;
  const crumbText = reading.lines[crumb].text;
  const titleText = reading.lines[title].text;
  if (!isBreadcrumb(crumbText) && !isRootlessBreadcrumb(crumbText, titleText)) return 0;
  if (!parseBreadcrumb(crumbText, titleText).matchesTitle) return 0;
  reading.roles[title] = undefined;
  return title;
}

/** Parses the news-text format (README, "Input formats"). Throws ParseFailure. */
export function parseNewsText(
  text: string,
  options: DraftOptions & { warnings?: ArticleWarning[] } = {}
): ArticleDraft {
  const lines = readLines(text);
  const reading: Reading = {
    lines,
    roles: lines.map((line) => (isBoilerplate(line.text) ? 'boilerplate' : undefined)),
    layout: decideLayout(lines),
    titleLine: 1,
    categoryPath: [],
    tags: [],
    warnings: [],
  };
  // The end first (as a reader skips the author box), but never the title.
  readTrailer(reading, namedTitleLine(reading));
  readHeader(reading);
  const body = bodyLines(reading);
  takeInlineDateline(reading, body);
  const paragraphs = toParagraphs(body, reading.layout);
  dateWarnings(reading);
  const warnings = [...(options.warnings ?? []), ...reading.warnings];
  if (reading.layout === 'single-newlines' && body.length > 1) {
    warnings.push(
      paragraphs.rejoined
        ? articleWarning(
            'PARAGRAPHS_REJOINED',
            {},
            'No blank lines between paragraphs and the lines look hard-wrapped: rejoined them into paragraphs'
          )
        : articleWarning(
            'LINES_AS_PARAGRAPHS',
            {},
            'No blank lines between paragraphs: each line was read as a paragraph'
          )
    );
  }
  let authors = reading.byline?.authors;
  if (authors === undefined && reading.noteAuthor !== undefined) {
    authors = [reading.noteAuthor];
    warnings.push(
      articleWarning(
        'AUTHOR_FROM_NOTE',
        { author: reading.noteAuthor },
        `No byline found: took the author from the author's note ("${reading.noteAuthor}")`
      )
    );
  }
  if (authors === undefined) {
    warnings.push(
      articleWarning('NO_BYLINE', {}, 'No byline found: the article will have no author')
    );
  }
  const boilerplate = lines
    .filter((_line, index) => reading.roles[index] === 'boilerplate')
    .map((line) => line.text);
  if (boilerplate.length > 0) {
    warnings.push(
      articleWarning(
        'BOILERPLATE_LEFT_OUT',
        { count: boilerplate.length, first: boilerplate[0] },
        `Left out ${boilerplate.length} line${boilerplate.length === 1 ? '' : 's'} of site boilerplate ("${boilerplate[0]}"…), kept in the source metadata`
      )
    );
  }
  return buildDraft(
    {
      format: 'text',
      title: reading.title,
      titleLine: reading.titleLine,
      titleHint:
        'add a title line at the top of the file (after the "Home / …" breadcrumb, if any)',
      description: reading.subtitle,
      categoryPath: reading.categoryPath,
      tags: reading.tags,
      authors: authors ?? [],
      body: paragraphs.texts.map(paragraphBlock),
      bodyHint: 'add at least one paragraph after the title, separated from it by a blank line',
      meta: sourceMeta(reading, boilerplate),
      warnings,
    },
    options
  );
}
