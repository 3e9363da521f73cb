/** The settings routes: what an admin can change at run time. */
import type { ArticleStatus } from './article';

/** Settings an admin can change at run time (GET/PUT /newsroom/settings). */
export interface NewsroomSettings {
  defaultStatus: ArticleStatus;
  wordsPerMinute: number;
  maxImportBytes: number;
  publicRead: boolean;
}

/** The settings' keys, in the order the Settings page shows them. */
export const SETTING_KEYS = [
  'defaultStatus',
  'wordsPerMinute',
  'maxImportBytes',
  'publicRead',
] as const satisfies readonly (keyof NewsroomSettings)[];

/** What the import page needs from the settings; readable with the import permission alone. */
export type ImportDefaults = Pick<
  NewsroomSettings,
  'defaultStatus' | 'maxImportBytes' | 'wordsPerMinute'
>;

/**
 * A refused setting (400 ValidationError): `details.key` names the field, the message says what
 * it must be.
 */
export interface SettingsErrorDetails {
  key: keyof NewsroomSettings | string;
}

/** GET /newsroom/settings. */
export declare namespace GetSettings {
  export interface Response {
    data: NewsroomSettings;
  }
}

/** PUT /newsroom/settings: the saved settings, or a 400 whose details name the field. */
export declare namespace UpdateSettings {
  export interface Request {
    body: Partial<NewsroomSettings>;
  }
  export interface Response {
    data: NewsroomSettings;
  }
}

/** GET /newsroom/import/defaults. */
export declare namespace GetImportDefaults {
  export interface Response {
    data: ImportDefaults;
  }
}
