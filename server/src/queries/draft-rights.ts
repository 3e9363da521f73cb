import type { Core, Modules } from '@strapi/strapi';

import { DRAFT_ACTION } from '../../../shared/contracts';

type AuthInfo = Parameters<Modules.Auth.AuthenticationService['verify']>[0];

const isAuthInfo = (auth: unknown): auth is AuthInfo =>
  typeof auth === 'object' && auth !== null && 'strategy' in auth;

/**
 * May the caller read drafts? Only an identified caller (an API token or a logged-in user, never
 * the Public role) that Strapi's own auth strategy authorises for {@link DRAFT_ACTION}: a
 * full-access token, a custom token with that permission, or a user whose role has it.
 */
export const canReadDrafts = async (strapi: Core.Strapi, auth: unknown): Promise<boolean> => {
  if (!isAuthInfo(auth) || auth.credentials === null || auth.credentials === undefined) {
    return false;
  }
  try {
    await strapi.auth.verify(auth, { scope: [DRAFT_ACTION] });
    return true;
  } catch {
    return false;
  }
};
