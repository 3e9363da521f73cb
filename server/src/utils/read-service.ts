import type { Core, UID as StrapiUID } from '@strapi/strapi';

import type { Query } from '../queries/read-query';

/** The core service methods the content API uses (factories.createCoreService). */
export interface ReadService {
  find(params: Query): Promise<{ results: unknown[]; pagination: unknown }>;
  findOne(documentId: string, params: Query): Promise<unknown>;
}

/** The core service of a content type, as the content API reads with it. */
export const readService = <T extends ReadService = ReadService>(
  strapi: Core.Strapi,
  uid: string
): T => strapi.service(uid as StrapiUID.Service) as unknown as T;
