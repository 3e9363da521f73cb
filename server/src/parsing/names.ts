import { collapseWhitespace } from './text-utils';

/** Longest byline / author string we try to split; longer text is not a byline. */
export const MAX_NAMES_LENGTH = 300;

/**
 * Splits "A, B and C", "A and B", "A & B", "A, B, and C" into names.
 * The input is bounded by MAX_NAMES_LENGTH by the callers that take user text.
 */
export function splitNames(value: string): string[] {
  const unified = collapseWhitespace(value).replace(/ & /g, ', ').replace(/ and /g, ', ');
  return unified
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
