/**
 * Datelines: the place (and often the date and the agency) that opens wire copy, on a line of
 * its own under the title ("BAKU, Azerbaijan, July 14") or at the head of the first paragraph
 * ("BAKU, July 14 (Reuters) - The president…", "MOSCOW, 14 March /Trend/ – …"). The place
 * is written in capitals; that is what tells it from a sentence.
 */
import { readDateIn, type ReadDate } from '../dates';
import { collapseWhitespace } from '../text-utils';

export interface Dateline {
  /** "BAKU, Azerbaijan" as written. */
  place: string;
  date?: ReadDate;
  /** "(Reuters)", "/Trend/": the agency. */
  agency?: string;
  /** The rest of the line after the dateline ('' when the line is only a dateline). */
  rest: string;
}

// Bounded pieces: a capitals place of 2–30 characters, then up to three comma items.
const PLACE = /^([\p{Lu}][\p{Lu}\p{M}'’.\- ]{1,29}?)(?=[,(/]|\s[–—-]|\.\s|$)/u;
const AGENCY = /^\s*(?:\(([^()]{1,40})\)|\/([^/]{1,30})\/)/u;
const AGENCY_AFTER_DASH =
  /^(\p{Lu}[\p{L}\p{M}.-]{1,30}(?: \p{Lu}[\p{L}\p{M}.-]{1,30})?)\.\s+(?=\p{Lu})/u;
// A dash (captured), a colon or a full stop.
const SEPARATOR = /^\s*(?:([–—-]+)|:|\.)\s+/u;

function capitalisedWords(item: string): boolean {
  return /^[\p{Lu}][\p{L}\p{M}'’.-]*(?: [\p{Lu}][\p{L}\p{M}'’.-]*){0,3}$/u.test(item);
}

/** Reads a dateline at the start of `line`, or undefined. */
export function readDateline(line: string): Dateline | undefined {
  const head = line.slice(0, 160);
  const place = PLACE.exec(head);
  // At least three capital letters, and no lower case: "BAKU", "NEW YORK", "БАКУ".
  if (!place || place[1].replace(/\P{Lu}/gu, '').length < 3) return undefined;
  const placeParts = [collapseWhitespace(place[1])];
  let date: ReadDate | undefined;
  let at = place[0].length;
  for (let item = 0; item < 3; item += 1) {
    const comma = /^,\s*([^,()/–—]{2,40}?)(?=[,(/]|\s[–—-]|\.\s|\.?$)/u.exec(head.slice(at));
    if (!comma) break;
    const value = comma[1].trim();
    const withYear =
      date !== undefined && /^\d{4}$/u.test(value)
        ? readDateIn(`${date.text}, ${value}`)
        : undefined;
    const asDate = date === undefined ? readDateIn(value) : undefined;
    if (withYear) date = { ...withYear, text: `${date?.text ?? ''}, ${value}` };
    else if (asDate && asDate.text.length >= value.length - 2) date = { ...asDate, text: value };
    else if (date === undefined && capitalisedWords(value)) placeParts.push(value);
    else break;
    at += comma[0].length;
  }
  let agency: string | undefined;
  const agencyMatch = AGENCY.exec(head.slice(at));
  if (agencyMatch) {
    agency = collapseWhitespace(agencyMatch[1] ?? agencyMatch[2] ?? '');
    at += agencyMatch[0].length;
  }
  const restOfLine = line.slice(at);
  if (restOfLine.trim() === '' || restOfLine.trim() === '.') {
    // A dateline alone on its line needs more than a capitals word ("NATO").
    if (placeParts.length === 1 && date === undefined && agency === undefined) return undefined;
    return { place: placeParts.join(', '), date, agency, rest: '' };
  }
  const separator = SEPARATOR.exec(restOfLine);
  if (!separator) return undefined;
  let rest = restOfLine.slice(separator[0].length);
  // "БАКУ, 12 мая — Sputnik. В Баку…": the agency after the dash.
  const trailingAgency =
    separator[1] !== undefined && agency === undefined ? AGENCY_AFTER_DASH.exec(rest) : null;
  if (trailingAgency) {
    agency = trailingAgency[1];
    rest = rest.slice(trailingAgency[0].length);
  }
  // The text after it is a sentence: it starts with a capital, a digit or a quote.
  if (!/^[\p{Lu}\p{N}"“«‘']/u.test(rest)) return undefined;
  return { place: placeParts.join(', '), date, agency, rest };
}
