import type { Core } from '@strapi/strapi';

import { ensureImportLock } from './import/lock';
import { registerPermissions } from './permissions';
import { seedOnBootstrap } from './seed-on-bootstrap';
import { getService } from './utils/get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissions(strapi);
  await getService(strapi, 'settings').load();
  await ensureImportLock(strapi);
  await seedOnBootstrap(strapi);
};

export default bootstrap;
