import type { Core } from '@strapi/strapi';

import { setPublicRead } from './public-read';
import { ensureImportLock } from '../import/lock';
import { registerPermissions } from './permissions';
import { repairBuiltInRolesWhenCreated } from './role-locales';
import { seedOnBootstrap } from './seed';
import { sizeText } from '../config/body-limit';
import { getService } from '../utils/get-service';

/** A maxImportBytes the body parser would cut short: imports in between end in a bare 413. */
const warnOverBodyLimit = (strapi: Core.Strapi, maxImportBytes: number) => {
  const { bodyLimitBytes, bodyLimit } = getService(strapi, 'settings').limits().maxImportBytes;
  if (maxImportBytes <= bodyLimitBytes) return;
  strapi.log.warn(
    `[newsroom] maxImportBytes (${sizeText(maxImportBytes)}) is over the body parser's JSON limit ` +
      `(${sizeText(bodyLimitBytes)}, strapi::body jsonLimit "${bodyLimit}"): an import request over ` +
      `${sizeText(bodyLimitBytes)} is refused by the body parser with a bare 413. Raise jsonLimit (and formLimit, textLimit) ` +
      `of strapi::body in config/middlewares, or lower maxImportBytes.`
  );
};

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissions(strapi);
  await repairBuiltInRolesWhenCreated(strapi);
  const { maxImportBytes } = await getService(strapi, 'settings').load();
  warnOverBodyLimit(strapi, maxImportBytes);
  await setPublicRead(strapi, getService(strapi, 'settings').current().publicRead);
  await ensureImportLock(strapi);
  await getService(strapi, 'history').backfillCounts();
  await seedOnBootstrap(strapi);
};

export default bootstrap;
