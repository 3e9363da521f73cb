import type { Core } from '@strapi/strapi';

import type { HistoryService } from '../services/history';
import type { ImportService } from '../services/import';
import type { SettingsService } from '../services/settings';
import { PLUGIN_ID } from '../pluginId';

interface Services {
  import: ImportService;
  history: HistoryService;
  settings: SettingsService;
}

/** The plugin's services, typed. */
export const getService = <K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] =>
  strapi.plugin(PLUGIN_ID).service(name) as unknown as Services[K];
