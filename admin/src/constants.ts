import { PERMISSIONS, PLUGIN_ID, UID } from '../../shared/contracts';

/** Admin-relative path of the Newsroom page (the admin router's basename is /admin). */
export const NEWSROOM_PATH = `/plugins/${PLUGIN_ID}`;

/** Admin-relative path of one import's report: the History tab on its batch. */
export const batchReportPath = (batch: string) =>
  `${NEWSROOM_PATH}/history?batch=${encodeURIComponent(batch)}`;

/** Admin-relative path of an article's Content Manager edit view. */
export const articleEditPath = (documentId: string) =>
  `/content-manager/collection-types/${UID.article}/${documentId}`;

/** Files sent per import request; the progress bar moves once per chunk. */
export const IMPORT_CHUNK_SIZE = 10;

/** Name given to pasted text: no extension, so the server detects the format from the content. */
export const PASTED_TEXT_NAME = 'pasted-text';

/** Name given to HTML pasted from a browser: the extension makes the server read it as a page. */
export const PASTED_PAGE_NAME = 'pasted-page.html';

export const HISTORY_PAGE_SIZE = 10;

export const IMPORT_PERMISSIONS = [{ action: PERMISSIONS.import, subject: null }];
export const SETTINGS_READ_PERMISSIONS = [{ action: PERMISSIONS.settingsRead, subject: null }];
export const SETTINGS_UPDATE_PERMISSIONS = [{ action: PERMISSIONS.settingsUpdate, subject: null }];
export const EXPORT_PERMISSIONS = [{ action: PERMISSIONS.export, subject: null }];
/** The Newsroom page: open to whoever may import or export. */
export const NEWSROOM_PAGE_PERMISSIONS = [...IMPORT_PERMISSIONS, ...EXPORT_PERMISSIONS];
