import { factories } from '@strapi/strapi';

import { UID } from '../../../shared/contracts';

/** Strapi's core service for categories (find, findOne… through the Document Service). */
export default factories.createCoreService(UID.category);
