/**
 * Pictures: an article's cover (front matter / JSON `cover`, a page's og:image or first figure)
 * and its body images (Markdown `![alt](src)` paragraphs) go to the Media Library through
 * Strapi's upload service and are linked — the cover as the article's `cover`, a body image as
 * the image block's file.
 *
 * Where a picture comes from (`src` as the source wrote it):
 * - an `http(s)` address: downloaded, at most `maxBytes`, within `timeoutMs`, and only when the
 *   server says it is an image (`Content-Type: image/…`);
 * - a path relative to the article's file: read from the folder (`newsroom seed`, the bundled
 *   data), never outside the folder given; or, in the admin, a picture sent in the same upload
 *   (matched by its path, else by its file name);
 * - a Media Library URL (`/uploads/…`, as an export writes it): that file, linked as it is.
 * Whatever the way, the bytes must be a JPEG, PNG, GIF, WebP or AVIF picture (read from the
 * bytes, not the name): SVG and anything else is refused.
 *
 * Deduplication: a picture is known by the SHA-256 of its bytes. The `plugin::newsroom.image`
 * rows (`digest`, `fileId`) map that hash to the Media Library file an import made of it, so a re-import, or another
 * article with the same picture, links that file and uploads nothing (a file deleted from the
 * Media Library since is uploaded again).
 *
 * A picture that cannot be had (missing, 404, too large, not a picture, too slow, the user may
 * not upload) is an IMAGE_SKIPPED warning on its article, which is imported without it — never a
 * failed import. The pictures' hashes (or why they were skipped) take part in the article's
 * content hash: an unchanged article with unchanged pictures stays `unchanged`; a changed
 * picture, or one that can be had now, is an update.
 *
 * Uploads happen before the transaction that writes the article (the upload service writes
 * files and its own rows, which a rollback would not undo): when the article then fails, the
 * file stays in the Media Library and the next import links it instead of uploading it again.
 * A plan (dry run, preview) reads and hashes the pictures but uploads nothing.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import type { Core } from '@strapi/strapi';

import {
  MAX_PICTURE_BYTES,
  PLUGIN_ID,
  articleWarning,
  type BlockImage,
  type CoverPreview,
  type ImageProblem,
  UID,
} from '../../../shared/contracts';
import type { NewsroomConfig } from '../config';
import type { Block } from '../parsing';
import { chunks, IN_LIST } from './in-list';
import type {
  ArticleImage,
  CandidateImages,
  ImageLimits,
  InputFolder,
  MediaFile,
  Origin,
  Picture,
  UploadedImage,
} from './image-types';
import { type AllowList, parseAllowList, safeGet } from './safe-download';
import type { Candidate, ImportUser } from './types';

export type { ArticleImage, CandidateImages, ImageLimits, InputFolder, MediaFile, UploadedImage };

export const IMAGE_LIMITS: ImageLimits = { maxBytes: MAX_PICTURE_BYTES, timeoutMs: 15_000 };

type Fetched = { picture: Picture } | { problem: ImageProblem } | { file: MediaFile };

/** The picture formats taken, by their first bytes (never SVG: it can hold scripts). */
export const sniffImage = (bytes: Uint8Array): { mime: string; ext: string } | null => {
  const at = (offset: number, text: string) =>
    [...text].every((char, i) => bytes[offset + i] === char.charCodeAt(0));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return { mime: 'image/jpeg', ext: '.jpg' };
  if (bytes[0] === 0x89 && at(1, 'PNG\r\n\x1a\n')) return { mime: 'image/png', ext: '.png' };
  if (at(0, 'GIF87a') || at(0, 'GIF89a')) return { mime: 'image/gif', ext: '.gif' };
  if (at(0, 'RIFF') && at(8, 'WEBP')) return { mime: 'image/webp', ext: '.webp' };
  if (at(4, 'ftyp') && (at(8, 'avif') || at(8, 'avis')))
    return { mime: 'image/avif', ext: '.avif' };
  return null;
};

const isUrl = (src: string) => /^https?:\/\//i.test(src);

/** The file name a picture gets in the Media Library: the source's, with the right extension. */
const fileNameOf = (src: string, ext: string) => {
  let base = src;
  try {
    base = isUrl(src) ? new URL(src).pathname : src;
    base = decodeURIComponent(base);
  } catch {
    // keep it as written
  }
  const name = path.posix.basename(base.replace(/\\/g, '/')).replace(/[^\p{L}\p{N}._-]+/gu, '_');
  const stem = name.replace(/\.[^.]*$/, '') || 'image';
  return `${stem.slice(0, 100)}${ext}`;
};

const pictureOf = (bytes: Uint8Array, src: string): Fetched => {
  const type = sniffImage(bytes);
  if (!type) return { problem: 'NOT_AN_IMAGE' };
  return {
    picture: {
      bytes,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      mime: type.mime,
      ext: type.ext,
      name: fileNameOf(src, type.ext),
    },
  };
};

/**
 * Downloads a picture: only from a public address (or one on the allow list: safe-download.ts),
 * with a timeout, a size limit (announced or counted), an image content type.
 */
export const download = async (
  url: string,
  limits: ImageLimits,
  allow: AllowList = []
): Promise<Fetched> => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const got = await safeGet(url, allow, controller.signal);
    if ('refused' in got) return { problem: 'PRIVATE_ADDRESS' };
    if ('failed' in got) return { problem: 'DOWNLOAD_FAILED' };
    const { status, headers, body } = got.response;
    const drop = () => {
      body.destroy();
    };
    if (status === 404 || status === 410) {
      drop();
      return { problem: 'NOT_FOUND' };
    }
    if (status < 200 || status > 299) {
      drop();
      return { problem: 'DOWNLOAD_FAILED' };
    }
    const type = (headers['content-type'] ?? '').toLowerCase();
    if (!type.startsWith('image/')) {
      drop();
      return { problem: 'NOT_AN_IMAGE' };
    }
    const announced = Number(headers['content-length']);
    if (Number.isFinite(announced) && announced > limits.maxBytes) {
      drop();
      return { problem: 'TOO_LARGE' };
    }
    const parts: Buffer[] = [];
    let size = 0;
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > limits.maxBytes) {
        drop();
        return { problem: 'TOO_LARGE' };
      }
      parts.push(chunk);
    }
    return pictureOf(new Uint8Array(Buffer.concat(parts)), url);
  } catch {
    return { problem: controller.signal.aborted ? 'TIMEOUT' : 'DOWNLOAD_FAILED' };
  } finally {
    clearTimeout(timer);
  }
};

const readLocal = async (file: string, limits: ImageLimits, src: string): Promise<Fetched> => {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { problem: 'NOT_FOUND' };
    if (stat.size > limits.maxBytes) return { problem: 'TOO_LARGE' };
    return pictureOf(new Uint8Array(await fs.readFile(file)), src);
  } catch {
    return { problem: 'NOT_FOUND' };
  }
};

const FILE_FIELDS = [
  'id',
  'documentId',
  'name',
  'alternativeText',
  'caption',
  'width',
  'height',
  'formats',
  'hash',
  'ext',
  'mime',
  'size',
  'url',
  'previewUrl',
  'provider',
  'provider_metadata',
  'createdAt',
  'updatedAt',
] as const;

type FileUid = 'plugin::upload.file';
const FILE_UID: FileUid = 'plugin::upload.file';

/** The image block's copy of a file, as the blocks editor keeps it (dates as ISO text). */
export const blockImageOf = (file: MediaFile, alt: string | null, caption: string | null) => {
  const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));
  const image: BlockImage = {
    ...file,
    alternativeText: alt ?? file.alternativeText,
    caption: caption ?? file.caption,
    width: file.width ?? 0,
    height: file.height ?? 0,
    ext: file.ext ?? '',
    createdAt: iso(file.createdAt),
    updatedAt: iso(file.updatedAt),
  };
  return image;
};

/** What a candidate's pictures add to its content hash. */
const pictureHash = (baseHash: string, images: CandidateImages) => {
  const part = (image: ArticleImage | null) =>
    image === null
      ? null
      : [image.src, image.sha256 ?? image.file?.hash ?? null, image.file ? null : image.problem];
  return crypto
    .createHash('sha256')
    .update(baseHash)
    .update(JSON.stringify([part(images.cover), images.body.map(part)]))
    .digest('hex');
};

/** The body image blocks the parser made (a picture's source, not a file yet). */
const sourceImages = (body: readonly Block[]) =>
  body.filter(
    (block): block is Extract<Block, { type: 'image' }> =>
      block.type === 'image' && typeof block.image.url === 'string' && !('hash' in block.image)
  );

/** Whether a candidate has a cover to link (the bulk write does not link media). */
export const hasCoverFile = (candidate: Candidate) => Boolean(candidate.images?.cover?.file);

/** Whether a picture of the article is still to be uploaded (images.upload, before its chunk). */
export const hasPendingUpload = (candidate: Candidate): boolean => {
  const images = candidate.images;
  if (!images) return false;
  if (images.cover?.pending) return true;
  return images.body.some((image) => Boolean(image.pending));
};

/**
 * The body as the import writes it: each image block holds its Media Library file (with the
 * source's alt text and caption); a picture that was skipped is left out (its warning says so).
 */
export const bodyWithImages = (candidate: Candidate): Block[] => {
  const images = candidate.images;
  if (!images || images.body.length === 0) return candidate.draft.body;
  let next = 0;
  const out: Block[] = [];
  for (const block of candidate.draft.body) {
    if (block.type !== 'image' || 'hash' in block.image) {
      out.push(block);
      continue;
    }
    const image = images.body[next++];
    if (!image?.file) continue;
    out.push({ ...block, image: blockImageOf(image.file, image.alt, image.caption) });
  }
  return out;
};

/** The preview's cover: where the picture is, for a thumbnail. */
export const coverPreview = (candidate: Candidate): CoverPreview | undefined => {
  const cover = candidate.images?.cover;
  if (!cover) return undefined;
  return {
    src: cover.src,
    alt: cover.alt,
    from: cover.from,
    url: cover.file?.url ?? (isUrl(cover.src) ? cover.src : null),
    skipped: cover.file || cover.pending ? null : cover.problem,
  };
};

export interface ImageOptions {
  /** The pictures sent with the articles (admin multipart). */
  uploads?: readonly UploadedImage[];
  /** Whether the importing user may upload to the Media Library (default: yes, as the CLI). */
  canUpload?: boolean;
  limits?: Partial<ImageLimits>;
  user?: ImportUser | null;
}

/** Where a relative path of an article points in the uploaded pictures: its path, else its name. */
const matchUpload = (uploads: readonly UploadedImage[], articlePath: string, src: string) => {
  let relative = src;
  try {
    relative = decodeURIComponent(src);
  } catch {
    // as written
  }
  relative = relative.replace(/\\/g, '/');
  const wanted = path.posix.normalize(path.posix.join(path.posix.dirname(articlePath), relative));
  const byPath = uploads.find((u) => path.posix.normalize(u.name.replace(/\\/g, '/')) === wanted);
  if (byPath) return byPath;
  const base = path.posix.basename(relative);
  const byName = uploads.filter((u) => path.posix.basename(u.name.replace(/\\/g, '/')) === base);
  return byName.length === 1 ? byName[0] : undefined;
};

/**
 * The pictures of one import run: read once each (a URL or a file used by several articles is
 * fetched once), found in the Media Library by hash, uploaded once.
 */
export const createImageStore = (strapi: Core.Strapi, options: ImageOptions = {}) => {
  const limits: ImageLimits = { ...IMAGE_LIMITS, ...options.limits };
  const allow = parseAllowList(
    strapi.config.get<Partial<NewsroomConfig>>(`plugin::${PLUGIN_ID}`)?.imageDownloadAllowList ?? []
  );
  const uploads = options.uploads ?? [];
  const canUpload = options.canUpload ?? true;
  const fetched = new Map<string, Promise<Fetched>>();
  const uploaded = new Map<string, Promise<MediaFile | null>>();
  /** Bytes uploaded by this run. */
  let bytesUploaded = 0;
  let filesUploaded = 0;

  const fetchOnce = (key: string, get: () => Promise<Fetched>) => {
    let found = fetched.get(key);
    if (!found) {
      found = get();
      fetched.set(key, found);
    }
    return found;
  };

  const filesById = async (ids: number[]): Promise<Map<number, MediaFile>> => {
    const out = new Map<number, MediaFile>();
    for (const group of chunks([...new Set(ids)], IN_LIST)) {
      const rows = (await strapi.db.query(FILE_UID).findMany({
        where: { id: { $in: group } },
        select: [...FILE_FIELDS],
      })) as MediaFile[];
      for (const row of rows) out.set(row.id, row);
    }
    return out;
  };

  /** The Media Library files an import made of these pictures, by SHA-256. */
  const filesByHash = async (hashes: string[]): Promise<Map<string, MediaFile>> => {
    const links: { digest: string; fileId: number }[] = [];
    for (const group of chunks([...new Set(hashes)], IN_LIST)) {
      links.push(
        ...((await strapi.db.query(UID.image).findMany({
          where: { digest: { $in: group } },
          select: ['digest', 'fileId'],
          orderBy: { id: 'asc' },
        })) as { digest: string; fileId: number }[])
      );
    }
    const files = await filesById(links.map((link) => link.fileId));
    const out = new Map<string, MediaFile>();
    for (const link of links) {
      const file = files.get(link.fileId);
      if (file && !out.has(link.digest)) out.set(link.digest, file);
    }
    return out;
  };

  const fetchPicture = (
    src: string,
    articlePath: string,
    folder: InputFolder | undefined
  ): { from: Origin; result: Promise<Fetched> } => {
    if (isUrl(src))
      return { from: 'url', result: fetchOnce(`url:${src}`, () => download(src, limits, allow)) };
    if (src.startsWith('/')) {
      return {
        from: 'library',
        result: fetchOnce(`library:${src}`, async () => {
          const file = (await strapi.db.query(FILE_UID).findOne({
            where: { url: src.split(/[?#]/)[0] },
            select: [...FILE_FIELDS],
          })) as MediaFile | null;
          return file ? { file } : { problem: 'NOT_FOUND' };
        }),
      };
    }
    const upload = matchUpload(uploads, articlePath, src);
    if (upload) {
      return {
        from: 'upload',
        result: fetchOnce(`upload:${upload.name}`, async () =>
          upload.content.byteLength > limits.maxBytes
            ? { problem: 'TOO_LARGE' }
            : pictureOf(upload.content, upload.name)
        ),
      };
    }
    if (!folder) return { from: 'path', result: Promise.resolve({ problem: 'NOT_FOUND' }) };
    let relative = src;
    try {
      relative = decodeURIComponent(src.split(/[?#]/)[0]);
    } catch {
      // as written
    }
    const file = path.resolve(path.dirname(folder.file), relative);
    const inside = path.relative(folder.root, file);
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      return { from: 'path', result: Promise.resolve({ problem: 'OUTSIDE_FOLDER' }) };
    }
    return { from: 'path', result: fetchOnce(`path:${file}`, () => readLocal(file, limits, src)) };
  };

  /**
   * Reads the pictures of a window's candidates: each gets its `images`, its warnings for the
   * pictures it cannot have, and a content hash with its pictures in it. Reads, hashes and
   * looks up; uploads nothing.
   */
  const prepare = async (
    candidates: readonly Candidate[],
    where: (candidate: Candidate) => { path: string; folder?: InputFolder }
  ): Promise<void> => {
    const work: { candidate: Candidate; images: CandidateImages }[] = [];
    const all: { image: ArticleImage; result: Promise<Fetched> }[] = [];
    for (const candidate of candidates) {
      const { draft } = candidate;
      const bodyImages = sourceImages(draft.body);
      if (!draft.sourceMeta.cover && bodyImages.length === 0) continue;
      const { path: articlePath, folder } = where(candidate);
      const make = (src: string, cover: boolean, alt: string | null, caption: string | null) => {
        const { from, result } = fetchPicture(src, articlePath, folder);
        const image: ArticleImage = {
          src,
          cover,
          alt,
          caption,
          from,
          sha256: null,
          problem: null,
          file: null,
          pending: null,
        };
        all.push({ image, result });
        return image;
      };
      const meta = draft.sourceMeta;
      const images: CandidateImages = {
        cover: meta.cover
          ? make(meta.cover, true, meta.coverAlt ?? null, meta.coverCaption ?? null)
          : null,
        body: bodyImages.map((block) =>
          make(
            block.image.url,
            false,
            block.image.alternativeText ?? null,
            block.image.caption ?? null
          )
        ),
        baseHash: candidate.hash,
      };
      work.push({ candidate, images });
    }
    if (work.length === 0) return;

    const results = await Promise.all(all.map(({ result }) => result));
    const known = await filesByHash(
      results.flatMap((result) => ('picture' in result ? [result.picture.sha256] : []))
    );
    all.forEach(({ image }, i) => {
      const result = results[i];
      if ('problem' in result) image.problem = result.problem;
      else if ('file' in result) image.file = result.file;
      else {
        image.sha256 = result.picture.sha256;
        const file = known.get(result.picture.sha256);
        if (file) image.file = file;
        else if (canUpload) image.pending = result.picture;
        else image.problem = 'NOT_ALLOWED';
      }
    });
    for (const { candidate, images } of work) {
      candidate.images = images;
      settle(candidate);
    }
  };

  /** The candidate's warnings and hash, from what became of its pictures. */
  const settle = (candidate: Candidate) => {
    const images = candidate.images!;
    const draft = candidate.draft;
    const warnings = [...draft.warnings];
    const details = [...(draft.warningDetails ?? [])];
    for (const image of [images.cover, ...images.body]) {
      if (!image || image.file || image.pending || !image.problem) continue;
      const shown = image.src.length > 80 ? `${image.src.slice(0, 80)}…` : image.src;
      const warning = articleWarning(
        'IMAGE_SKIPPED',
        { src: image.src, reason: image.problem, cover: image.cover },
        `${image.cover ? 'The cover' : 'The image'} "${shown}" was not imported: ${PROBLEM_TEXT[image.problem]}; the article was imported without it`
      );
      if (warnings.includes(warning.message)) continue;
      warnings.push(warning.message);
      details.push(warning);
    }
    candidate.draft = { ...draft, warnings, warningDetails: details };
    candidate.hash = pictureHash(images.baseHash, images);
    // The file's bytes no longer say everything: the unchanged-source fast path must not skip it.
    candidate.sourceHash = null;
  };

  const uploadOne = async (image: ArticleImage): Promise<MediaFile | null> => {
    const picture = image.pending!;
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-image-'));
    try {
      const filepath = path.join(dir, picture.name);
      await fs.writeFile(filepath, picture.bytes);
      const service = strapi.plugin('upload').service('upload') as unknown as {
        upload: (
          input: { data: { fileInfo: object }; files: object },
          opts?: { user?: object }
        ) => Promise<{ id: number }[]>;
      };
      const user = options.user ? { id: options.user.id } : undefined;
      const [created] = await service.upload(
        {
          data: {
            fileInfo: {
              name: picture.name,
              alternativeText: image.alt,
              caption: image.caption,
            },
          },
          files: {
            filepath,
            originalFilename: picture.name,
            mimetype: picture.mime,
            size: picture.bytes.byteLength,
          },
        },
        user ? { user } : undefined
      );
      await strapi.db
        .query(UID.image)
        .create({ data: { digest: picture.sha256, fileId: created.id } });
      bytesUploaded += picture.bytes.byteLength;
      filesUploaded += 1;
      return (await filesById([created.id])).get(created.id) ?? null;
    } catch (error) {
      strapi.log.warn(`[newsroom] the picture ${image.src} could not be uploaded`, { error });
      return null;
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  };

  /**
   * Uploads the pictures of these candidates that are not in the Media Library yet (each once,
   * one at a time) and links them. A picture the upload service refuses becomes a warning, and
   * its article's hash says so. Call before the transaction that writes the candidates.
   */
  const upload = async (candidates: readonly Candidate[]): Promise<void> => {
    for (const candidate of candidates) {
      const images = candidate.images;
      if (!images) continue;
      let changed = false;
      for (const image of [images.cover, ...images.body]) {
        if (!image?.pending) continue;
        const sha = image.pending.sha256;
        let file = uploaded.get(sha);
        if (!file) {
          file = uploadOne(image);
          uploaded.set(sha, file);
        }
        image.file = await file;
        if (!image.file) image.problem = 'UPLOAD_FAILED';
        image.pending = null;
        changed = true;
      }
      if (changed) settle(candidate);
    }
  };

  return {
    prepare,
    upload,
    stats: () => ({ files: filesUploaded, bytes: bytesUploaded }),
  };
};

export type ImageStore = ReturnType<typeof createImageStore>;

const PROBLEM_TEXT: Record<ImageProblem, string> = {
  NOT_FOUND: 'it was not found',
  TOO_LARGE: 'it is too large',
  NOT_AN_IMAGE: 'it is not a JPEG, PNG, GIF, WebP or AVIF picture',
  TIMEOUT: 'the download took too long',
  DOWNLOAD_FAILED: 'the download failed',
  PRIVATE_ADDRESS:
    'its address is on a private network, which downloads may not reach (an operator can allow it with the imageDownloadAllowList setting)',
  NOT_ALLOWED: 'you may not upload to the Media Library',
  OUTSIDE_FOLDER: 'its path leads out of the imported folder',
  UPLOAD_FAILED: 'the Media Library could not store it',
};
