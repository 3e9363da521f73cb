import type { FetchClient } from '@strapi/strapi/admin';

import {
  ADMIN_ROUTES,
  isRecord,
  type ExportRequestBody,
  type GetImportDefaults,
  type GetImportHistory,
  type HistoryFilters,
  type HistoryUser,
  type GetCategoryPath,
  type GetReadingTime,
  type GetSettings,
  type GetStats,
  type ImportArticles,
  type ImportHistoryEntry,
  type ImportPreview,
  type Pagination,
  type RecomputeReadingTime,
  type UpdateSettings,
} from '../../../shared/contracts';

import type { ImportRequest } from '../utils/chunks';

import { UnexpectedResponseError } from './errors';
import { localesOf, type AppLocale } from './locales';
import {
  isHistoryEntry,
  isImportDefaults,
  isImportReport,
  isCategoryPath,
  isPagination,
  isReadingTimeJob,
  isReadingTimeStatus,
  isSettings,
  isSettingsLimits,
  isStats,
} from './guards';

export type HttpClient = Pick<FetchClient, 'get' | 'post' | 'put'>;

export interface HistoryPage {
  entries: ImportHistoryEntry[];
  pagination: Pagination;
  /** Every admin with an entry, for the user filter. */
  users: HistoryUser[];
}

const isHistoryUser = (value: unknown): value is HistoryUser =>
  isRecord(value) && typeof value.id === 'number' && typeof value.name === 'string';

export interface SettingsAnswer {
  settings: GetSettings.Response['data'];
  limits: GetSettings.Response['meta']['limits'];
}

const settingsAnswer = (body: unknown): SettingsAnswer => {
  if (isRecord(body) && isSettings(body.data) && isRecord(body.meta)) {
    const { limits } = body.meta;
    if (isSettingsLimits(limits)) return { settings: body.data, limits };
  }
  throw new UnexpectedResponseError(ADMIN_ROUTES.settings);
};

/** `{ data: T }` → T, or an UnexpectedResponseError. */
const unwrap = <T>(route: string, body: unknown, guard: (value: unknown) => value is T): T => {
  if (isRecord(body) && guard(body.data)) return body.data;
  throw new UnexpectedResponseError(route);
};

/** A non-200 blob answer as the error shape `toRequestFailure` reads (the server's message). */
const blobError = async (status: number | null, data: unknown) => {
  let body: unknown = null;
  try {
    body = data instanceof Blob ? JSON.parse(await data.text()) : data;
  } catch {
    // not JSON: the status alone says what happened
  }
  return {
    name: 'FetchError',
    message: `Request failed (${status ?? 'no answer'})`,
    status,
    response: { data: body },
  };
};

/**
 * An import request as sent: JSON, or — with pictures — a multipart upload (the articles as
 * `files` parts, the pictures as `images` parts named by their paths, the choices as fields).
 */
export const importBody = ({ images, ...body }: ImportRequest): ImportRequest | FormData => {
  if (!images || images.length === 0) return body;
  const form = new FormData();
  for (const file of body.files) {
    form.append('files', new Blob([file.content], { type: 'text/plain' }), file.name);
  }
  for (const picture of images) form.append('images', picture.file, picture.name);
  const fields: [string, unknown][] = [
    ['status', body.status],
    ['adopt', body.adopt],
    ['locale', body.locale],
    ['batch', body.batch],
    ['overwrite', body.overwrite],
    ['refused', body.refused],
    ['unsent', body.unsent],
  ];
  for (const [name, value] of fields) {
    if (value === undefined) continue;
    form.append(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return form;
};

/**
 * Typed calls to the plugin's admin routes. Every function resolves with the payload or throws
 * (HTTP error, network error, or an answer of the wrong shape): see `toRequestFailure`.
 */
export const createNewsroomApi = (client: HttpClient) => ({
  async preview(
    body: ImportPreview.Request['body'] & ImportRequest
  ): Promise<ImportPreview.Response['data']> {
    const { data } = await client.post<unknown>(ADMIN_ROUTES.preview, importBody(body));
    return unwrap(ADMIN_ROUTES.preview, data, isImportReport);
  },

  async import(
    body: ImportArticles.Request['body'] & ImportRequest
  ): Promise<ImportArticles.Response['data']> {
    const { data } = await client.post<unknown>(ADMIN_ROUTES.import, importBody(body));
    return unwrap(ADMIN_ROUTES.import, data, isImportReport);
  },

  async history(
    page: number,
    pageSize: number,
    filters: HistoryFilters = {}
  ): Promise<HistoryPage> {
    const { data } = await client.get<unknown>(ADMIN_ROUTES.history, {
      params: { page, pageSize, ...filters },
    });
    if (
      isRecord(data) &&
      Array.isArray(data.data) &&
      data.data.every(isHistoryEntry) &&
      isRecord(data.meta) &&
      isPagination(data.meta.pagination) &&
      Array.isArray(data.meta.users) &&
      data.meta.users.every(isHistoryUser)
    ) {
      const answer: GetImportHistory.Response = {
        data: data.data,
        meta: { pagination: data.meta.pagination, users: data.meta.users },
      };
      return {
        entries: answer.data,
        pagination: answer.meta.pagination,
        users: answer.meta.users,
      };
    }
    throw new UnexpectedResponseError(ADMIN_ROUTES.history);
  },

  /** The app's i18n locales (`GET /i18n/locales`, what the Content Manager's picker reads). */
  async locales(): Promise<AppLocale[]> {
    const { data } = await client.get<unknown>('/i18n/locales');
    return localesOf(data);
  },

  async importDefaults(): Promise<GetImportDefaults.Response['data']> {
    const { data } = await client.get<unknown>(ADMIN_ROUTES.importDefaults);
    return unwrap(ADMIN_ROUTES.importDefaults, data, isImportDefaults);
  },

  /** The settings and this server's bounds for them. */
  async settings(): Promise<SettingsAnswer> {
    const { data } = await client.get<unknown>(ADMIN_ROUTES.settings);
    return settingsAnswer(data);
  },

  async saveSettings(settings: UpdateSettings.Request['body']): Promise<SettingsAnswer> {
    const { data } = await client.put<unknown>(ADMIN_ROUTES.settings, settings);
    return settingsAnswer(data);
  },

  /**
   * A category and its parents, root first: of a saved article's category (its version in
   * `locale`, when given), or of a category.
   */
  async categoryPath(
    params:
      { article: string; status: 'draft' | 'published'; locale?: string } | { category: number }
  ): Promise<GetCategoryPath.Response['data']['path']> {
    const { data } = await client.get<unknown>(ADMIN_ROUTES.categoryPath, { params });
    return unwrap(ADMIN_ROUTES.categoryPath, data, isCategoryPath).path;
  },

  /** What a reading-time recompute goes through, and the running or last one. */
  async readingTime(): Promise<GetReadingTime.Response['data']> {
    const { data } = await client.get<unknown>(ADMIN_ROUTES.readingTime);
    return unwrap(ADMIN_ROUTES.readingTime, data, isReadingTimeStatus);
  },

  /** Starts recomputing every article's reading time; a 409 while one runs. */
  async recomputeReadingTime(): Promise<RecomputeReadingTime.Response['data']> {
    const { data } = await client.post<unknown>(ADMIN_ROUTES.recomputeReadingTime);
    return unwrap(ADMIN_ROUTES.recomputeReadingTime, data, isReadingTimeJob);
  },

  /** The export zip; a refusal (400, 403…) is thrown with the server's message. */
  async exportZip(body: ExportRequestBody): Promise<Blob> {
    const params = { ...body, documentIds: body.documentIds?.join(',') };
    const response = await client.get(ADMIN_ROUTES.export, {
      params,
      responseType: 'blob',
      validateStatus: () => true,
    });
    if (response.status === 200 && response.data instanceof Blob) return response.data;
    throw await blobError(response.status ?? null, response.data);
  },

  async stats(): Promise<GetStats.Response['data']> {
    const { data } = await client.get<unknown>(ADMIN_ROUTES.stats);
    return unwrap(ADMIN_ROUTES.stats, data, isStats);
  },
});

export type NewsroomApi = ReturnType<typeof createNewsroomApi>;
