/**
 * Page chrome that is not article text: the author box ("About <Name>" with or without a bio,
 * "<Name> is AzerNews' staff journalist…"), and site boilerplate ("Follow us on …",
 * subscription and share prompts, "Read more:", copyright lines) in English, Russian and
 * Azerbaijani.
 */
import { collapseWhitespace } from '../text-utils';
import { isName } from './byline';

const MAX_BOILERPLATE_LINE = 160;

const BOILERPLATE: RegExp[] = [
  /^(?:follow us|follow (?:him|her|them|me|the author)\b|join us on|find us on|like us on)/iu,
  /^(?:subscribe|sign up (?:for|to)|get (?:the|our) (?:newsletter|app)|download (?:the|our) app)\b/iu,
  /^(?:share(?: this(?: article| story| post)?)?(?: on \S+)?:?$|share:|share on\b)/iu,
  /^(?:read (?:more|also|next)|see also|related(?: articles| news| stories| posts)?)\s*[:\-–]?/iu,
  /^(?:advertisement|sponsored|ad)$/iu,
  /^(?:©|\(c\)\s|copyright\b)|all rights reserved/iu,
  /^(?:подпис(?:ывайтесь|аться|ка)|следите за (?:нами|новостями)|читайте (?:также|нас|ещё|еще)|смотрите также|поделиться|реклама$)/iu,
  /^(?:bizi\b.*izləyin|abunə ol|paylaş|həmçinin oxuyun|oxuyun həmçinin|digər xəbərlər|reklam$)/iu,
  /\bizləyin[.!]?$|\bfollow us\b.*\b(?:twitter|facebook|telegram|instagram|x|linkedin)\b/iu,
];

/** A line of site boilerplate, or false. Long lines are prose, never boilerplate. */
export function isBoilerplate(line: string): boolean {
  if (line.length > MAX_BOILERPLATE_LINE) return false;
  return BOILERPLATE.some((pattern) => pattern.test(line));
}

const ABOUT_HEADING = /^(?:about the author|об авторе|müəllif haqqında|author bio)\s*:?$/iu;

/** "About <Name>": the page's author box, with the name. */
export function readAboutLine(line: string): string | undefined {
  const match = /^About\s/u.exec(line);
  if (!match || line.length > 120) return undefined;
  const name = collapseWhitespace(line.slice(match[0].length));
  if (/[.,;:!?]$/u.test(name)) return undefined;
  // An empty name is not a name either.
  return isName(name, 6) ? name : undefined;
}

/** "About the author" / "Об авторе" / "Müəllif haqqında": a box whose name is on the next line. */
export function isAboutHeading(line: string): boolean {
  return ABOUT_HEADING.test(line);
}

const AUTHOR_NOTE =
  /^([\p{Lu}][\p{L}\p{M}'’.-]*(?: [\p{Lu}][\p{L}\p{M}'’.-]*){0,3}) (?:is|was) (?:a |an |the )?.{0,80}?\b(?:journalist|reporter|correspondent|editor|writer|columnist|contributor|analyst)\b/u;

/** "Ayya Lmahamad is AzerNews' staff journalist, follow her on Twitter": the author's note. */
export function readAuthorNote(line: string): string | undefined {
  if (line.length > 300) return undefined;
  const match = AUTHOR_NOTE.exec(line);
  return match && isName(match[1], 4) ? match[1] : undefined;
}
