/** The types of the import's pictures (images.ts), apart so that the engine's types can use them. */
import type { CoverPreview, ImageProblem } from '../../../shared/contracts';

export type Origin = CoverPreview['from'];

export interface ImageLimits {
  /** Largest picture, in bytes. */
  maxBytes: number;
  /** Longest download, in milliseconds. */
  timeoutMs: number;
}

/** A picture sent with the articles (the admin's multipart `images` parts). */
export interface UploadedImage {
  /** The file's name, or its path inside the folder the user picked. */
  name: string;
  content: Uint8Array;
}

/** Where an input's relative picture paths are read from (the CLI, the bundled data). */
export interface InputFolder {
  /** Absolute path of the article file. */
  file: string;
  /** The folder the import was given: no picture is read outside it. */
  root: string;
}

/** A Media Library file as the import links it and an image block holds it. */
export interface MediaFile {
  id: number;
  documentId?: string;
  name: string;
  alternativeText: string | null;
  caption: string | null;
  width: number | null;
  height: number | null;
  formats: unknown;
  hash: string;
  ext: string | null;
  mime: string;
  size: number;
  url: string;
  previewUrl: string | null;
  provider: string;
  provider_metadata: unknown;
  createdAt: unknown;
  updatedAt: unknown;
}

/** One picture of an article, once read. */
export interface ArticleImage {
  src: string;
  cover: boolean;
  alt: string | null;
  caption: string | null;
  from: Origin;
  /** SHA-256 of the bytes; null when they could not be had. */
  sha256: string | null;
  problem: ImageProblem | null;
  /** The Media Library file: found (same bytes, or a `/uploads/…` URL) or uploaded. */
  file: MediaFile | null;
  /** The bytes to upload (read, not in the Media Library yet). */
  pending: Picture | null;
}

/** What the import knows of a candidate's pictures (none: the property is absent). */
export interface CandidateImages {
  cover: ArticleImage | null;
  /** The body's image blocks, in body order. */
  body: ArticleImage[];
  /** The content hash without the pictures (the parser's). */
  baseHash: string;
}

export interface Picture {
  bytes: Uint8Array;
  sha256: string;
  mime: string;
  ext: string;
  /** A file name for the Media Library. */
  name: string;
}
