import { collapseWhitespace, foldPunctuation, looseKey } from '../text-utils';
import { BREADCRUMB_ROOT } from './shapes';

export interface Breadcrumb {
  /** Category names between "Home" and the title segment. */
  path: string[];
  /** The last segment: the page title, when the breadcrumb has one. */
  titleSegment: string | undefined;
  /** The title segment matches the title line (loosely), or is a truncation of it. */
  matchesTitle: boolean;
}

function splitSegments(value: string, separator: string): string[] {
  const spaced = / [/›»>] /u.test(value);
  const parts = spaced ? value.split(/ [/›»>] /u) : value.split(separator);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

function stripTrailingSeparator(value: string): string {
  let end = value.length;
  // Stryker disable next-line EqualityOperator: `end >= 0` strips all but one separator of an all-separator value, which splits to no segment all the same
  while (end > 0 && ' /›»>'.includes(value.charAt(end - 1))) end -= 1;
  return value.slice(0, end);
}

function isTruncationOf(segment: string, title: string): boolean {
  const base = looseKey(segment)
    .replace(/(?:\.\.\.|…)$/u, '')
    .trim();
  return base.length >= 10 && base !== looseKey(segment) && looseKey(title).startsWith(base);
}

/**
 * Reads "Home / A / B / <Title>". When the breadcrumb ends with the title line, the title may
 * itself contain "/" and is cut off whole; otherwise the last segment is taken as the title.
 */
export function parseBreadcrumb(line: string, titleLine: string | undefined): Breadcrumb {
  const text = collapseWhitespace(line.normalize('NFC'));
  const match = BREADCRUMB_ROOT.exec(text);
  const separator = match?.[1] ?? '/';
  const rest = match ? text.slice(match[0].length) : text;
  if (titleLine !== undefined) {
    const title = collapseWhitespace(titleLine.normalize('NFC'));
    const folded = foldPunctuation(rest);
    const tail = folded.slice(folded.length - title.length);
    if (tail.toLowerCase() === foldPunctuation(title).toLowerCase()) {
      const head = rest.slice(0, rest.length - title.length);
      // The title follows a separator or a space, or is the whole rest (then the last
      // character is '', which includes() finds too).
      if (' /›»>'.includes(head.trimEnd().slice(-1))) {
        return {
          path: splitSegments(stripTrailingSeparator(head), separator),
          titleSegment: rest.slice(rest.length - title.length),
          matchesTitle: true,
        };
      }
    }
  }
  const segments = splitSegments(rest, separator);
  const titleSegment = segments.pop();
  const matchesTitle =
    titleSegment !== undefined &&
    titleLine !== undefined &&
    isTruncationOf(titleSegment, titleLine);
  return { path: segments, titleSegment, matchesTitle };
}

/**
 * "News / Economy / Oil rises" over the title line "Oil rises": a breadcrumb whose root is not a
 * home word the reader knows (or that has no root), recognised because it ends with the title
 * line after a spaced separator. "Tour of AC/DC" over "DC" is not one (no spaced separator).
 */
export function isRootlessBreadcrumb(line: string, titleLine: string | undefined): boolean {
  if (titleLine === undefined) return false;
  const text = looseKey(line);
  const title = looseKey(titleLine);
  // The suffix starts with a space and `text` (trimmed) never does: ending with it, `text` is
  // longer than it, and an empty title (suffix " / ") never matches.
  return ['/', '›', '»', '>'].some((separator) => text.endsWith(` ${separator} ${title}`));
}
