import fs from 'node:fs/promises';

import { errors } from '@strapi/utils';

import {
  ARTICLE_ERROR_PARAMS,
  BATCH_ID_PATTERN,
  MAX_TITLE_LENGTH,
  type ArticleErrorParamsOf,
  type ArticleStatus,
  type RefusedArticle,
  type RequestErrorCode,
  type RequestErrorDetails,
  type RequestErrorParams,
  UNSENT_REASONS,
  type UnsentFile,
  type UnsentReason,
} from '../../../shared/contracts';
import { UNPRINTABLE } from '../parsing';
import type { UploadedImage } from './images';
import type { ImportInput } from './types';

interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  newFilename?: string;
  size: number;
}

export interface ImportRequestContext {
  request: {
    body?: unknown;
    files?: Record<string, UploadedFile | UploadedFile[] | undefined>;
    headers: Record<string, string | string[] | undefined>;
  };
}

export interface ParsedImportRequest {
  inputs: ImportInput[];
  status: ArticleStatus | undefined;
  adopt: boolean;
  /** The locale picked for articles that name none (checked against the app's by the engine). */
  locale: string | undefined;
  /** documentIds of edited articles to overwrite. */
  overwrite: string[];
  /** The admin's import batch id, when the import is one of several requests. */
  batch: string | undefined;
  /** Articles of the batch the admin refused before sending. */
  refused: RefusedArticle[];
  /** Files of the batch whose request failed or was not sent. */
  unsent: UnsentFile[];
  /** No files: the request only records `refused` and `unsent` in the batch's history. */
  recordOnly: boolean;
  /** Pictures sent with the articles (multipart `images` parts), by their name or path. */
  images: UploadedImage[];
}

const MAX_FILES = 1000;
const MAX_NAME = 255;

/** A 400 whose details carry the code and params the admin translates. */
const bad = <C extends RequestErrorCode>(
  message: string,
  code: C,
  params: RequestErrorParams[C],
  key?: string
): never => {
  throw new errors.ValidationError(message, {
    ...(key !== undefined ? { key } : {}),
    code,
    params,
  } satisfies RequestErrorDetails<C>);
};

const tooLarge = (bytes: number, limit: number): never => {
  throw new errors.PayloadTooLargeError(
    `The import is ${bytes} bytes, over the limit of ${limit} bytes (maxImportBytes). ` +
      'Split it into smaller imports, or raise the limit in the Newsroom settings.',
    // bytes and limit stay at the top for API callers that read them there.
    { bytes, limit, code: 'IMPORT_TOO_LARGE', params: { bytes, limit } }
  );
};

/** A short description of a value (never JSON.stringify: the value may be nested 100,000 deep). */
const describe = (value: unknown): string =>
  typeof value === 'string'
    ? JSON.stringify(value.slice(0, 40))
    : Array.isArray(value)
      ? 'a list'
      : value === null
        ? 'null'
        : typeof value;

/**
 * A file name as the report shows it: without control characters or lone surrogates (harmless
 * to drop from a name, and Postgres refuses NUL in text).
 */
export const cleanFileName = (name: string): string => name.replace(UNPRINTABLE, '').trim();

const readStatus = (value: unknown): ArticleStatus | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  if (value !== 'draft' && value !== 'published') {
    bad(
      `"status" must be "draft" or "published" (got ${describe(value)}).`,
      'INVALID_STATUS',
      { value: describe(value) },
      'status'
    );
  }
  return value as ArticleStatus;
};

const readAdopt = (value: unknown): boolean => {
  if (value === undefined || value === null || value === '' || value === false || value === 'false')
    return false;
  if (value === true || value === 'true') return true;
  return bad(
    `"adopt" must be true or false (got ${describe(value)}).`,
    'INVALID_ADOPT',
    { value: describe(value) },
    'adopt'
  );
};

/** A locale code as sent (BCP 47-like: `en`, `az`, `pt-BR`, `zh-Hans-CN`); null: none. */
const readLocale = (value: unknown): string | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || !/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}$/.test(value)) {
    const shown = describe(value);
    return bad(
      `"locale" must be one of this app's locale codes, e.g. "en" (got ${shown}).`,
      'UNKNOWN_LOCALE',
      { locale: shown, locales: '' },
      'locale'
    );
  }
  return value;
};

const MAX_OVERWRITE = 1000;

/** A list of documentIds: a JSON array, or (multipart) repeated fields or one JSON text. */
const readOverwrite = (value: unknown): string[] => {
  if (value === undefined || value === null || value === '') return [];
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = value.trim().startsWith('[') ? (JSON.parse(value) as unknown) : [value];
    } catch {
      list = null;
    }
  }
  if (
    !Array.isArray(list) ||
    list.length > MAX_OVERWRITE ||
    !list.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 64)
  ) {
    bad(
      `"overwrite" must be a list of at most ${MAX_OVERWRITE} article documentIds (the articles the preview reported as "conflict").`,
      'INVALID_OVERWRITE',
      { max: MAX_OVERWRITE },
      'overwrite'
    );
  }
  return list as string[];
};

const readBatch = (value: unknown): string | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || !BATCH_ID_PATTERN.test(value)) {
    bad(
      `"batch" must be an import batch id: 8 to 64 letters, digits, "-" or "_" (the admin sends a UUID; got ${describe(value)}).`,
      'INVALID_BATCH',
      { value: describe(value) },
      'batch'
    );
  }
  return value as string;
};

const MAX_ERROR_MESSAGE = 2000;
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

const isLineNumber = (value: unknown): value is number | null =>
  value === null || (Number.isInteger(value) && (value as number) >= 1);

/**
 * The params of a refused article's error as the preview gave them to the admin: for a code of
 * shared/contracts/article-errors, its own param names only, each a text, a number or null
 * (the admin checks each value's type before it uses it). Anything else is left out: the
 * history then shows the English message, which every error has.
 */
const readErrorParams = (code: unknown, value: unknown): ArticleErrorParamsOf | undefined => {
  if (typeof code !== 'string' || !Object.prototype.hasOwnProperty.call(ARTICLE_ERROR_PARAMS, code))
    return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const names: readonly string[] = ARTICLE_ERROR_PARAMS[code as keyof typeof ARTICLE_ERROR_PARAMS];
  const params: Record<string, string | number | null> = {};
  for (const [name, param] of Object.entries(value)) {
    if (!names.includes(name)) return undefined;
    if (typeof param === 'string' && param.length <= MAX_ERROR_MESSAGE) {
      params[name] = param.replace(UNPRINTABLE, '');
    } else if ((typeof param === 'number' && Number.isFinite(param)) || param === null) {
      params[name] = param;
    } else return undefined;
  }
  // Names checked against the contract's list for the code; value types as said above.
  return params as ArticleErrorParamsOf;
};

/** One refused article, or null when it is not the shape the admin sends. */
const readRefusedArticle = (value: unknown): RefusedArticle | null => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { file, index = null, title = null, error } = value as Record<string, unknown>;
  if (typeof file !== 'string' || cleanFileName(file) === '' || file.length > MAX_NAME) return null;
  if (!isLineNumber(index)) return null;
  if (title !== null && (typeof title !== 'string' || title.length > MAX_TITLE_LENGTH)) return null;
  if (typeof error !== 'object' || error === null || Array.isArray(error)) return null;
  const { message, line = null, column = null, code, params } = error as Record<string, unknown>;
  if (typeof message !== 'string' || message.length === 0 || message.length > MAX_ERROR_MESSAGE)
    return null;
  if (!isLineNumber(line) || !isLineNumber(column)) return null;
  if (code !== undefined && (typeof code !== 'string' || !ERROR_CODE.test(code))) return null;
  const knownParams = readErrorParams(code, params);
  return {
    file: cleanFileName(file),
    index,
    title: title === null ? null : (title as string).replace(UNPRINTABLE, ''),
    error: {
      message: message.replace(UNPRINTABLE, ''),
      line,
      column,
      ...(code !== undefined ? { code: code as string } : {}),
      ...(knownParams ? { params: knownParams } : {}),
    },
  };
};

/**
 * A list the admin sends with a batch (`refused`, `unsent`), given: a JSON array (multipart: one
 * JSON text) of at most MAX_FILES items, each as `read` gives it; undefined when it is not such
 * a list or an item is not the shape `read` takes.
 */
const readBatchList = <T>(value: unknown, read: (item: unknown) => T | null): T[] | undefined => {
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  if (!Array.isArray(list) || list.length > MAX_FILES) return undefined;
  const items = list.map(read);
  return items.some((item) => item === null) ? undefined : (items as T[]);
};

/** Whether the body left a list field out (absent, null or an empty multipart field). */
const absent = (value: unknown) => value === undefined || value === null || value === '';

/** The articles the admin refused before sending. */
const readRefused = (value: unknown, batch: string | undefined): RefusedArticle[] => {
  if (absent(value)) return [];
  const articles =
    readBatchList(value, readRefusedArticle) ??
    bad(
      `"refused" must be a list of at most ${MAX_FILES} articles { file, index, title, error: { message, line, code } } (the files the admin did not send because they do not parse).`,
      'INVALID_REFUSED',
      { max: MAX_FILES },
      'refused'
    );
  if (batch === undefined) {
    bad(
      '"refused" needs "batch": refused articles are recorded with the import batch they belong to.',
      'REFUSED_WITHOUT_BATCH',
      {},
      'refused'
    );
  }
  return articles;
};

/** Most bytes a file of an import can have, as the admin says it: a sanity bound (2 GiB). */
const MAX_UNSENT_BYTES = 2 ** 31;

const UNSENT_KEYS = ['file', 'bytes', 'reason', 'status'];

/**
 * One file the admin could not send, or null when it is not the shape the admin sends (nothing
 * else: a record carries no article content).
 */
const readUnsentFile = (value: unknown): UnsentFile | null => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  if (Object.keys(value).some((key) => !UNSENT_KEYS.includes(key))) return null;
  const { file, bytes, reason, status = null } = value as Record<string, unknown>;
  if (typeof file !== 'string' || cleanFileName(file) === '' || file.length > MAX_NAME) return null;
  if (!Number.isInteger(bytes) || (bytes as number) < 0 || (bytes as number) > MAX_UNSENT_BYTES)
    return null;
  if (typeof reason !== 'string' || !(UNSENT_REASONS as readonly string[]).includes(reason))
    return null;
  const withStatus = reason === 'request-failed' || reason === 'timeout';
  if (withStatus) {
    if (!Number.isInteger(status) || (status as number) < 400 || (status as number) > 599)
      return null;
  } else if (status !== null) return null;
  return {
    file: cleanFileName(file),
    bytes: bytes as number,
    reason: reason as UnsentReason,
    status: withStatus ? (status as number) : null,
  };
};

/** The files the admin could not send. */
const readUnsent = (value: unknown, batch: string | undefined): UnsentFile[] => {
  if (absent(value)) return [];
  const files =
    readBatchList(value, readUnsentFile) ??
    bad(
      `"unsent" must be a list of at most ${MAX_FILES} files { file, bytes, reason, status } and nothing else (no content): file a name of 1 to ${MAX_NAME} characters, bytes a size, reason one of ${UNSENT_REASONS.join(', ')}, status the HTTP error status (400 to 599) for request-failed and timeout, null otherwise.`,
      'INVALID_UNSENT',
      { max: MAX_FILES },
      'unsent'
    );
  if (batch === undefined) {
    bad(
      '"unsent" needs "batch": the files are recorded with the import batch they belong to.',
      'UNSENT_WITHOUT_BATCH',
      {},
      'unsent'
    );
  }
  return files;
};

/**
 * The pictures of a multipart import (`images` parts), in memory: their names are the paths the
 * admin gives them (inside the folder the user picked), which the articles' relative picture
 * paths are matched to (images.ts). Their size is checked per picture when they are used.
 */
const readImages = async (
  parts: UploadedFile | UploadedFile[] | undefined
): Promise<UploadedImage[]> => {
  if (!parts) return [];
  const list = Array.isArray(parts) ? parts : [parts];
  if (list.length > MAX_FILES) {
    bad(
      `At most ${MAX_FILES} pictures per import (got ${list.length}).`,
      'TOO_MANY_FILES',
      { count: list.length, max: MAX_FILES },
      'images'
    );
  }
  return Promise.all(
    list.map(async (file) => ({
      name: cleanFileName(file.originalFilename ?? '') || file.newFilename || 'image',
      content: new Uint8Array(await fs.readFile(file.filepath)),
    }))
  );
};

/** A body with no files at all (absent, or an empty list): maybe a record-only request. */
const hasNoFiles = (body: Record<string, unknown>): boolean =>
  body.files === undefined || (Array.isArray(body.files) && body.files.length === 0);

/**
 * Reads an import request: JSON `{ files: [{ name, content }], status, adopt, overwrite, batch,
 * refused }`, or a multipart upload with one or more `files` parts and optional `status`,
 * `adopt`, `overwrite`, `batch` and `refused` fields. Refuses (400) a malformed body and
 * (413) one larger than `maxImportBytes`.
 */
export const readImportRequest = async (
  ctx: ImportRequestContext,
  maxImportBytes: number
): Promise<ParsedImportRequest> => {
  // The limit applies to the articles' own bytes (JSON escaping or multipart framing aside);
  // the body parser's own limits (config/middlewares) bound the raw request.
  const body = (ctx.request.body ?? {}) as Record<string, unknown>;
  const uploads = ctx.request.files?.files;
  let inputs: ImportInput[];

  if (uploads) {
    // Parts arrive in the order they finish uploading: sort by name for a stable report.
    const list = (Array.isArray(uploads) ? uploads : [uploads]).sort((a, b) =>
      (a.originalFilename ?? '').localeCompare(b.originalFilename ?? '')
    );
    const total = list.reduce((sum, f) => sum + f.size, 0);
    if (total > maxImportBytes) tooLarge(total, maxImportBytes);
    inputs = await Promise.all(
      list.map(async (file) => ({
        name: cleanFileName(file.originalFilename ?? '') || file.newFilename || 'upload.txt',
        content: new Uint8Array(await fs.readFile(file.filepath)),
      }))
    );
  } else {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      bad(
        'Send a JSON object { files: [{ name, content }], status } or a multipart upload.',
        'INVALID_BODY',
        {}
      );
    }
    if (hasNoFiles(body) && (body.refused !== undefined || body.unsent !== undefined)) {
      // Record-only: the files the admin refused or could not send, for the batch's history.
      const batch = readBatch(body.batch);
      const refused = readRefused(body.refused, batch);
      const unsent = readUnsent(body.unsent, batch);
      if (batch === undefined || refused.length + unsent.length === 0) {
        bad(
          'A request without files only records a batch\'s refused or unsent files: send "batch" with a non-empty "refused" or "unsent" list (or send "files" to import).',
          'NO_FILES',
          {},
          'files'
        );
      }
      if (refused.length + unsent.length > MAX_FILES) {
        bad(
          `At most ${MAX_FILES} files per import (got ${refused.length + unsent.length} refused and unsent).`,
          'TOO_MANY_FILES',
          { count: refused.length + unsent.length, max: MAX_FILES },
          'unsent'
        );
      }
      return {
        inputs: [],
        status: readStatus(body.status),
        adopt: false,
        locale: undefined,
        overwrite: [],
        batch,
        refused,
        unsent,
        recordOnly: true,
        images: [],
      };
    }
    const files = body.files;
    if (!Array.isArray(files) || files.length === 0) {
      bad(
        '"files" must be a non-empty array of { name, content } objects.',
        'NO_FILES',
        {},
        'files'
      );
    }
    inputs = (files as unknown[]).map((file, index) => {
      const f = file as { name?: unknown; content?: unknown };
      if (typeof file !== 'object' || file === null) {
        bad(
          `files[${index}] must be an object { name, content }.`,
          'INVALID_FILE',
          { index },
          `files[${index}]`
        );
      }
      if (typeof f.name !== 'string' || cleanFileName(f.name) === '' || f.name.length > MAX_NAME) {
        bad(
          `files[${index}].name must be a file name of 1 to ${MAX_NAME} characters.`,
          'INVALID_FILE_NAME',
          { index, max: MAX_NAME },
          `files[${index}].name`
        );
      }
      if (typeof f.content !== 'string') {
        bad(
          `files[${index}].content must be the file's text.`,
          'INVALID_FILE_CONTENT',
          { index },
          `files[${index}].content`
        );
      }
      return { name: cleanFileName(f.name as string), content: f.content as string };
    });
    const total = inputs.reduce((sum, i) => sum + Buffer.byteLength(i.content as string), 0);
    if (total > maxImportBytes) tooLarge(total, maxImportBytes);
  }

  if (inputs.length > MAX_FILES) {
    bad(
      `At most ${MAX_FILES} files per import (got ${inputs.length}).`,
      'TOO_MANY_FILES',
      { count: inputs.length, max: MAX_FILES },
      'files'
    );
  }
  const batch = readBatch(body.batch);
  return {
    inputs,
    images: await readImages(ctx.request.files?.images),
    status: readStatus(body.status),
    adopt: readAdopt(body.adopt),
    locale: readLocale(body.locale),
    overwrite: readOverwrite(body.overwrite),
    batch,
    refused: readRefused(body.refused, batch),
    unsent: readUnsent(body.unsent, batch),
    recordOnly: false,
  };
};
