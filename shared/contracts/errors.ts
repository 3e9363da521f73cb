/**
 * The import, preview and history routes' refusals (400 ValidationError, 413
 * PayloadTooLargeError): `details.code` says what is wrong and `details.params` its values, so
 * the admin says it in the user's language; the English `message` stays for API callers and for
 * a code the admin does not know.
 */
export interface RequestErrorParams {
  /** 413: the import's bytes over the Newsroom setting maxImportBytes. */
  IMPORT_TOO_LARGE: { bytes: number; limit: number };
  /**
   * 400: every article of the import is invalid; the first one's problem (`message` in English;
   * its article-error `code` and `params`, when it has them, for the admin to say it in the
   * user's language).
   */
  NOTHING_TO_IMPORT: {
    count: number;
    source: string;
    line: number | null;
    message: string;
    code?: string;
    params?: Record<string, unknown>;
  };
  TOO_MANY_FILES: { count: number; max: number };
  INVALID_BODY: Record<string, never>;
  NO_FILES: Record<string, never>;
  INVALID_FILE: { index: number };
  INVALID_FILE_NAME: { index: number; max: number };
  INVALID_FILE_CONTENT: { index: number };
  INVALID_STATUS: { value: string };
  INVALID_ADOPT: { value: string };
  /** `locale`: as sent; `locales`: the app's locale codes, comma separated. */
  UNKNOWN_LOCALE: { locale: string; locales: string };
  INVALID_OVERWRITE: { max: number };
  INVALID_BATCH: { value: string };
  INVALID_REFUSED: { max: number };
  REFUSED_WITHOUT_BATCH: Record<string, never>;
  INVALID_UNSENT: { max: number };
  UNSENT_WITHOUT_BATCH: Record<string, never>;
  /** History query parameters. */
  REPEATED_PARAMETER: { key: string };
  INVALID_NUMBER: { key: string; value: string };
  INVALID_DATE: { key: string; value: string };
  INVALID_DATE_RANGE: { from: string; to: string };
  INVALID_CHOICE: { key: string; value: string; allowed: string };
}

export type RequestErrorCode = keyof RequestErrorParams;

export interface RequestErrorDetails<C extends RequestErrorCode = RequestErrorCode> {
  /** The request field or query parameter at fault, when there is one. */
  key?: string;
  code: C;
  params: RequestErrorParams[C];
}
