/**
 * The URL rules. A URL an article carries ends up in a front end's `href` or `src`, so only
 * URLs that cannot run code or leave the site unnoticed are kept:
 * - `sourceUrl`: absolute `http:` / `https:` URLs with a host;
 * - pictures (`cover`, Markdown images): the same, or a path — relative to the article's file,
 *   or starting with one `/` for a file already in the Media Library (its URL, as an export
 *   writes it); never another protocol (`data:`, `file:`, `javascript:`);
 * - body links: the same, `mailto:` and `tel:`, and site-relative paths starting with a single
 *   `/` (not `//host` nor `/\host`, which browsers read as another host), `#` or `?`.
 * No whitespace or control character anywhere: browsers drop them, so `java\tscript:` would
 * become `javascript:`.
 */
import { MAX_URL_LENGTH } from './limits';

export type UrlProblem = string;

// eslint-disable-next-line no-control-regex
const HAS_SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f]/;

function checkCommon(url: string): UrlProblem | undefined {
  if (url.length > MAX_URL_LENGTH) return `is longer than ${MAX_URL_LENGTH} characters`;
  if (HAS_SPACE_OR_CONTROL.test(url))
    return 'contains spaces or control characters (encode them, e.g. %20)';
  return undefined;
}

function checkAbsoluteHttp(url: string): UrlProblem | undefined {
  if (!/^https?:\/\//i.test(url)) return 'must be an absolute http:// or https:// URL';
  // A URL that starts with http:// or https:// and parses has that protocol and a host (the URL
  // standard gives these "special" schemes no empty host).
  try {
    new URL(url);
  } catch {
    return 'is not a valid URL';
  }
  return undefined;
}

/** Why a `sourceUrl` or `cover` value is refused, or undefined when it is fine. */
export function absoluteUrlProblem(url: string): UrlProblem | undefined {
  return checkCommon(url) ?? checkAbsoluteHttp(url);
}

/** Why a picture's source (`cover`, a Markdown image) is refused, or undefined when it is fine. */
export function imageSourceProblem(src: string): UrlProblem | undefined {
  const common = checkCommon(src);
  if (common) return common;
  if (src === '') return 'is empty';
  if (src.startsWith('//') || src.startsWith('/\\'))
    return 'is protocol-relative ("//host" points to another site): write https://host/…';
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) {
    if (!/^https?:/i.test(src))
      return 'uses a protocol that is not allowed (give an http:// or https:// address, or a path relative to the article file)';
    return checkAbsoluteHttp(src);
  }
  return undefined;
}

/** Why a body link is refused, or undefined when it is fine. */
export function linkUrlProblem(url: string): UrlProblem | undefined {
  const common = checkCommon(url);
  if (common) return common;
  if (url === '') return 'is empty';
  if (url.startsWith('//') || url.startsWith('/\\'))
    return 'is protocol-relative ("//host" points to another site): write https://host/…';
  if (url.startsWith('/') || url.startsWith('#') || url.startsWith('?')) return undefined;
  if (/^(mailto|tel):/i.test(url)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^https?:/i.test(url))
    return 'uses a protocol that is not allowed (only http:, https:, mailto: and tel:)';
  return checkAbsoluteHttp(url);
}

/** Links Strapi's rich text can hold: it refuses `#fragment` and `?query` links. */
export function isStorableLink(url: string): boolean {
  return !url.startsWith('#') && !url.startsWith('?');
}

export const LINK_RULE =
  'links must be http:// or https:// URLs, mailto:, tel:, or site paths starting with one "/"';

/** True when a body link URL passes the rules (and Strapi can store it). */
export function isAllowedLinkUrl(url: string): boolean {
  return linkUrlProblem(url) === undefined && isStorableLink(url);
}
