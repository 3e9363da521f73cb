import type { InputFormat } from './article';

/** File extensions the importer reads, and the format each one means (one home for the list). */
export const FORMAT_BY_EXTENSION: ReadonlyMap<string, InputFormat> = new Map<string, InputFormat>([
  ['txt', 'text'],
  ['text', 'text'],
  ['md', 'markdown'],
  ['markdown', 'markdown'],
  ['json', 'json'],
  ['html', 'html'],
  ['htm', 'html'],
]);

/** ".txt", ".text", ".md", … */
export const ARTICLE_EXTENSIONS: readonly string[] = [...FORMAT_BY_EXTENSION.keys()].map(
  (extension) => `.${extension}`
);

/**
 * Picture files an import takes with the articles (the server reads the format from the bytes:
 * JPEG, PNG, GIF, WebP or AVIF; never SVG, which can hold scripts), and their media types.
 */
export const PICTURE_EXTENSIONS: readonly string[] = [
  '.jpg',
  '.jpeg',
  '.png',
  '.gif',
  '.webp',
  '.avif',
];
export const PICTURE_TYPES: readonly string[] = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/avif',
];
