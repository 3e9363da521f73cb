import { errors } from '@strapi/utils';

import type { ExportRequestBody } from '../../../shared/contracts';
import { isExportFormat, isExportStatus, parseSince, type ExportOptions } from './options';
import { EXPORT_FORMATS } from './serialize';

/** A list view page holds at most 100; the ids must fit in a URL. */
const MAX_DOCUMENT_IDS = 500;
const KEYS = ['format', 'status', 'category', 'since', 'locale', 'documentIds'];

const invalid = (field: string, message: string): never => {
  throw new errors.ValidationError(message, { field });
};

const text = (body: Record<string, unknown>, key: string): string | undefined => {
  const value = body[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || value.length > 255) {
    return invalid(key, `"${key}" must be a text of at most 255 characters.`);
  }
  return value;
};

/** The query of GET /newsroom/export as export options; a ValidationError (400) names the field. */
export const readExportRequest = (query: unknown): ExportOptions => {
  const data = (query ?? {}) as Omit<ExportRequestBody, 'documentIds'> & Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) {
    invalid('query', 'Send the export options as query parameters.');
  }
  const unknownKey = Object.keys(data).find((key) => !KEYS.includes(key));
  if (unknownKey)
    invalid(unknownKey, `Unknown option "${unknownKey}". Options are: ${KEYS.join(', ')}.`);
  const format = data.format ?? 'md';
  if (!isExportFormat(format)) {
    invalid('format', `"format" must be one of ${EXPORT_FORMATS.join(', ')}.`);
  }
  // Comma-separated in the query string (a documentId has no comma); a list is taken as well.
  const ids = typeof data.documentIds === 'string' ? data.documentIds.split(',') : data.documentIds;
  let documentIds: string[] | undefined;
  if (ids !== undefined) {
    if (
      !Array.isArray(ids) ||
      ids.length === 0 ||
      ids.length > MAX_DOCUMENT_IDS ||
      !ids.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 64)
    ) {
      invalid(
        'documentIds',
        `"documentIds" must be a list of 1 to ${MAX_DOCUMENT_IDS} article documentIds.`
      );
    }
    documentIds = ids as string[];
  }
  // A selection is exported as it is: the published version where there is one, else the draft.
  const status = data.status ?? (documentIds ? 'all' : 'published');
  if (!isExportStatus(status)) invalid('status', '"status" must be published, draft or all.');
  const since = text(data, 'since');
  let sinceDate: Date | undefined;
  try {
    sinceDate = since === undefined ? undefined : parseSince(since);
  } catch (caught) {
    invalid('since', `"since": ${(caught as Error).message}`);
  }
  return {
    format: format as ExportOptions['format'],
    status: status as ExportOptions['status'],
    category: text(data, 'category'),
    locale: text(data, 'locale'),
    since: sinceDate,
    documentIds,
  };
};
