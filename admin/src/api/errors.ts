import { isRecord } from '../../../shared/contracts';

/**
 * Every failed request becomes a RequestFailure: the server's own message when it sent the Strapi
 * error shape `{ error: { status, name, message, details } }`, otherwise what is known
 * (HTTP status, network failure, an answer the admin does not understand).
 */
export type FailureKind = 'http' | 'network' | 'unexpected' | 'aborted';

export interface RequestFailure {
  kind: FailureKind;
  /** HTTP status, when the server answered. */
  status: number | null;
  /** The Strapi error name (ValidationError, ForbiddenError, …) when the server sent one. */
  name: string | null;
  /** The server's message, or a technical description when there is none. */
  message: string;
  details?: unknown;
}

/** Thrown by the API layer when a 2xx answer does not have the expected shape. */
export class UnexpectedResponseError extends Error {
  constructor(route: string) {
    super(`Unexpected response from ${route}`);
    this.name = 'UnexpectedResponseError';
  }
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

const apiErrorOf = (error: Record<string, unknown>): Record<string, unknown> | null => {
  const { response } = error;
  if (!isRecord(response) || !isRecord(response.data)) return null;
  return isRecord(response.data.error) ? response.data.error : null;
};

export const toRequestFailure = (error: unknown): RequestFailure => {
  if (error instanceof UnexpectedResponseError) {
    return { kind: 'unexpected', status: null, name: null, message: error.message };
  }
  if (!isRecord(error)) {
    return { kind: 'network', status: null, name: null, message: String(error) };
  }
  const apiError = apiErrorOf(error);
  const status =
    typeof error.status === 'number'
      ? error.status
      : apiError && typeof apiError.status === 'number'
        ? apiError.status
        : null;
  const message = text(apiError?.message) ?? text(error.message) ?? '';

  if (apiError || status !== null) {
    return {
      kind: 'http',
      status,
      name: text(apiError?.name),
      message,
      ...(apiError && apiError.details !== undefined ? { details: apiError.details } : {}),
    };
  }
  if (error.name === 'AbortError') {
    return { kind: 'aborted', status: null, name: null, message };
  }
  // The server's answer was not JSON (a proxy's error page …) or never came.
  const kind: FailureKind = error.name === 'SyntaxError' ? 'unexpected' : 'network';
  return { kind, status: null, name: null, message };
};

/**
 * A ValidationError's per-field messages: yup's `details.errors[].path` (first segment), or the
 * plugin's `details.key` naming the one offending field (the message is the whole message).
 */
export const fieldErrorsOf = (failure: RequestFailure): Record<string, string> => {
  const result: Record<string, string> = {};
  const { details } = failure;
  if (!isRecord(details)) return result;
  if (typeof details.key === 'string' && failure.message) result[details.key] = failure.message;
  if (!Array.isArray(details.errors)) return result;
  for (const item of details.errors) {
    if (!isRecord(item) || !Array.isArray(item.path)) continue;
    const [key] = item.path;
    const message = text(item.message);
    if (typeof key === 'string' && message && !(key in result)) result[key] = message;
  }
  return result;
};

export interface SourceError {
  message: string;
  line: number | null;
  column?: number | null;
}

/** The import's 400 names the invalid articles: `details.errors[] = { source, message, line }`. */
export const sourceErrorsOf = (failure: RequestFailure): Map<string, SourceError> => {
  const result = new Map<string, SourceError>();
  const { details } = failure;
  if (!isRecord(details) || !Array.isArray(details.errors)) return result;
  for (const item of details.errors) {
    if (!isRecord(item) || typeof item.source !== 'string') continue;
    const message = text(item.message);
    if (!message || result.has(item.source)) continue;
    result.set(item.source, {
      message,
      line: typeof item.line === 'number' ? item.line : null,
      column: typeof item.column === 'number' ? item.column : null,
    });
  }
  return result;
};
