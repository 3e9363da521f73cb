import type { FetchClient } from '@strapi/strapi/admin';

import {
  ADMIN_ROUTES,
  type ImportDefaults,
  type ImportHistoryEntry,
  type ImportReport,
  type ImportRequestBody,
  type NewsroomSettings,
  type NewsroomStats,
  type Pagination,
} from '../contracts';

import { UnexpectedResponseError } from './errors';
import {
  isHistoryEntry,
  isImportDefaults,
  isImportReport,
  isPagination,
  isSettings,
  isStats,
} from './guards';

export type HttpClient = Pick<FetchClient, 'get' | 'post' | 'put'>;

export interface HistoryPage {
  entries: ImportHistoryEntry[];
  pagination: Pagination;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** `{ data: T }` → T, or an UnexpectedResponseError. */
const unwrap = <T>(route: string, body: unknown, guard: (value: unknown) => value is T): T => {
  if (isRecord(body) && guard(body.data)) return body.data;
  throw new UnexpectedResponseError(route);
};

/**
 * Typed calls to the plugin's admin routes. Every function resolves with the payload or throws
 * (HTTP error, network error, or an answer of the wrong shape): see `toRequestFailure`.
 */
export const createNewsroomApi = (client: HttpClient) => ({
  async preview(body: ImportRequestBody): Promise<ImportReport> {
    const { data } = await client.post<unknown>(ADMIN_ROUTES.preview, body);
    return unwrap(ADMIN_ROUTES.preview, data, isImportReport);
  },

  async import(body: ImportRequestBody): Promise<ImportReport> {
    const { data } = await client.post<unknown>(ADMIN_ROUTES.import, body);
    return unwrap(ADMIN_ROUTES.import, data, isImportReport);
  },

  async history(page: number, pageSize: number): Promise<HistoryPage> {
    const { data } = await client.get<unknown>(ADMIN_ROUTES.history, {
      params: { page, pageSize },
    });
    if (
      isRecord(data) &&
      Array.isArray(data.data) &&
      data.data.every(isHistoryEntry) &&
      isRecord(data.meta) &&
      isPagination(data.meta.pagination)
    ) {
      return { entries: data.data, pagination: data.meta.pagination };
    }
    throw new UnexpectedResponseError(ADMIN_ROUTES.history);
  },

  async importDefaults(): Promise<ImportDefaults> {
    const { data } = await client.get<unknown>(ADMIN_ROUTES.importDefaults);
    return unwrap(ADMIN_ROUTES.importDefaults, data, isImportDefaults);
  },

  async settings(): Promise<NewsroomSettings> {
    const { data } = await client.get<unknown>(ADMIN_ROUTES.settings);
    return unwrap(ADMIN_ROUTES.settings, data, isSettings);
  },

  async saveSettings(settings: NewsroomSettings): Promise<NewsroomSettings> {
    const { data } = await client.put<unknown>(ADMIN_ROUTES.settings, settings);
    return unwrap(ADMIN_ROUTES.settings, data, isSettings);
  },

  async stats(): Promise<NewsroomStats> {
    const { data } = await client.get<unknown>(ADMIN_ROUTES.stats);
    return unwrap(ADMIN_ROUTES.stats, data, isStats);
  },
});

export type NewsroomApi = ReturnType<typeof createNewsroomApi>;
