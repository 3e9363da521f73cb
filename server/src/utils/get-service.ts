import type { Core } from '@strapi/strapi';

import { PLUGIN_ID } from '../../../shared/contracts';

/**
 * The plugin's services by name. Each service adds its own entry (declaration merging, in its
 * file), so that this module imports none of them: services that call other services import it
 * without an import cycle.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the services
export interface NewsroomServices {}

/** The plugin's services, typed. */
export const getService = <K extends keyof NewsroomServices>(
  strapi: Core.Strapi,
  name: K
): NewsroomServices[K] => strapi.plugin(PLUGIN_ID).service(name) as unknown as NewsroomServices[K];
