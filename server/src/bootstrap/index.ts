import type { Core } from '@strapi/strapi';

import { setPublicRead } from './public-read';
import { ensureImportLock } from '../import/lock';
import { registerPermissions } from './permissions';
import { seedOnBootstrap } from './seed';
import { getService } from '../utils/get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissions(strapi);
  await getService(strapi, 'settings').load();
  await setPublicRead(strapi, getService(strapi, 'settings').current().publicRead);
  await ensureImportLock(strapi);
  await getService(strapi, 'history').backfillCounts();
  await seedOnBootstrap(strapi);
};

export default bootstrap;
