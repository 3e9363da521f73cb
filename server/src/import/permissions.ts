import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts';
import { CM_ACTIONS, type Right } from './decide';
import type { ExistingArticle, RightsProbe } from './types';

/** The Content Manager's permission checker (content-manager/server/services/permission-checker). */
interface PermissionChecker {
  can: (action: string, entity?: object, field?: string) => boolean;
}
interface PermissionCheckerService {
  create: (args: { userAbility: unknown; model: string }) => PermissionChecker;
}

/** The fields an import writes, per content type: a role restricted to fewer may not import. */
const WRITTEN_FIELDS: Record<Right['subject'], string[]> = {
  [UID.article]: ['title', 'slug', 'description', 'body', 'tags', 'authors', 'category'],
  [UID.author]: ['name', 'slug'],
  [UID.category]: ['name', 'slug', 'parent'],
};

/** The article as the permission conditions see it ("is creator" reads createdBy.id). */
const subjectOf = (article: ExistingArticle, locale: string | undefined) => ({
  documentId: article.documentId,
  slug: article.slug,
  createdBy: article.createdById === null ? null : { id: article.createdById },
  ...(locale !== undefined ? { locale } : {}),
});

/** Localized content types: a right is asked for the locale written (i18n's locale condition). */
const LOCALIZED: ReadonlySet<string> = new Set([UID.article, UID.category]);

/**
 * The importing admin's rights, asked of the Content Manager's own permission checker with the
 * admin's ability (`ctx.state.userAbility`): the same answer the Content Manager gives when the
 * admin creates, edits or publishes there — conditions ("is creator") and field restrictions
 * included.
 */
export const contentManagerRights = (
  strapi: Core.Strapi,
  userAbility: unknown,
  /** The importing admin: the creator of what it creates ("is creator" conditions). */
  userId: number | null = null
): RightsProbe => {
  const service = strapi
    .plugin('content-manager')
    .service('permission-checker') as unknown as PermissionCheckerService;
  const checkers = new Map<string, PermissionChecker>();
  const checker = (model: string) => {
    let found = checkers.get(model);
    if (!found) {
      found = service.create({ userAbility, model });
      checkers.set(model, found);
    }
    return found;
  };
  return (right, article, locale) => {
    const can = checker(right.subject).can;
    const action = CM_ACTIONS[right.action];
    const entity =
      article && right.subject === UID.article
        ? subjectOf(article, locale)
        : locale !== undefined && LOCALIZED.has(right.subject)
          ? // A new entry in this locale, created by the importing admin.
            { locale, ...(userId !== null ? { createdBy: { id: userId } } : {}) }
          : undefined;
    if (right.action === 'publish') return can(action, entity);
    if (right.field) return can(action, entity, right.field);
    return WRITTEN_FIELDS[right.subject].every((field) => can(action, entity, field));
  };
};

interface PermissionService {
  createPermissionsManager: (args: { ability: unknown; action: string; model: string }) => {
    isAllowed: boolean;
  };
}

/**
 * Whether the importing admin may upload to the Media Library: the check Strapi's own upload
 * route makes (`plugin::upload.assets.create` on files). An import that would upload a picture
 * without it skips the picture, with a warning; a picture already in the Media Library is
 * linked all the same, as the Content Manager lets an editor pick it.
 */
export const mayUpload = (strapi: Core.Strapi, userAbility: unknown): boolean => {
  if (!userAbility) return false;
  const service = strapi.service('admin::permission') as unknown as PermissionService;
  return service.createPermissionsManager({
    ability: userAbility,
    action: 'plugin::upload.assets.create',
    model: 'plugin::upload.file',
  }).isAllowed;
};
