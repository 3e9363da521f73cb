import crypto from 'node:crypto';

import type { TestApp } from './strapi';

export interface HttpResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
}

/** A real HTTP request to the test app; JSON in, JSON (or text) out. */
export const request = async <T = unknown>(
  app: TestApp,
  path: string,
  { method = 'GET', body, token, headers = {} }: RequestOptions = {}
): Promise<HttpResponse<T>> => {
  const init: RequestInit = { method, headers: { ...headers } };
  const h = init.headers as Record<string, string>;
  if (token) h.Authorization = `Bearer ${token}`;
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    h['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const res = await fetch(app.url + path, init);
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
};

interface AdminUserService {
  create: (attributes: Record<string, unknown>) => Promise<{ id: number }>;
}

export type AdminRoleCode = 'strapi-super-admin' | 'strapi-editor' | 'strapi-author';

export interface AdminSession {
  email: string;
  password: string;
  token: string;
  userId: number;
}

/**
 * Creates an active admin user with one of Strapi's built-in roles (or a role id), logs it in
 * through the real /admin/login route and returns its JWT.
 */
export const createAdminSession = async (
  app: TestApp,
  role: AdminRoleCode | number = 'strapi-super-admin'
): Promise<AdminSession> => {
  const { strapi } = app;
  const roleId =
    typeof role === 'number'
      ? role
      : (
          (await strapi.db.query('admin::role').findOne({ where: { code: role } })) as {
            id: number;
          }
        ).id;
  const email = `admin-${crypto.randomBytes(4).toString('hex')}@newsroom.test`;
  const password = 'Test-password-1';
  const users = strapi.service('admin::user') as unknown as AdminUserService;
  const user = await users.create({
    email,
    password,
    firstname: 'Test',
    lastname: String(role),
    isActive: true,
    registrationToken: null,
    roles: [roleId],
  });
  const login = await request<{ data: { token: string } }>(app, '/admin/login', {
    method: 'POST',
    body: { email, password },
  });
  if (login.status !== 200) {
    throw new Error(`Admin login failed with ${login.status}: ${JSON.stringify(login.body)}`);
  }
  return { email, password, token: login.body.data.token, userId: user.id };
};

interface ApiTokenService {
  create: (attributes: Record<string, unknown>) => Promise<{ accessKey: string }>;
}

/** Creates a Strapi API token ('read-only', 'full-access' or 'custom' with permissions). */
export const createApiToken = async (
  app: TestApp,
  type: 'read-only' | 'full-access' | 'custom',
  permissions: string[] = []
): Promise<string> => {
  const tokens = app.strapi.service('admin::api-token') as unknown as ApiTokenService;
  const token = await tokens.create({
    name: `test-${type}-${crypto.randomBytes(4).toString('hex')}`,
    description: '',
    type,
    lifespan: null,
    ...(type === 'custom' ? { permissions } : {}),
  });
  return token.accessKey;
};

interface JwtService {
  issue: (payload: { id: number }) => string;
}

/** Creates a confirmed Users & Permissions user with the "authenticated" role and returns its JWT. */
export const createContentApiUser = async (app: TestApp): Promise<string> => {
  const { strapi } = app;
  const role = (await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } })) as { id: number };
  const name = `reader-${crypto.randomBytes(4).toString('hex')}`;
  const user = (await strapi.db.query('plugin::users-permissions.user').create({
    data: {
      username: name,
      email: `${name}@newsroom.test`,
      provider: 'local',
      password: 'Reader-password-1',
      confirmed: true,
      blocked: false,
      role: role.id,
    },
  })) as { id: number };
  const jwt = strapi.plugin('users-permissions').service('jwt') as unknown as JwtService;
  return jwt.issue({ id: user.id });
};

interface RoleService {
  addPermissions: (roleId: number, permissions: Record<string, unknown>[]) => Promise<unknown>;
}

/** Grants admin permissions (action ids) to one of the built-in roles; returns the role id. */
export const grantAdminPermissions = async (
  app: TestApp,
  role: AdminRoleCode,
  actions: string[]
): Promise<number> => {
  const { id } = (await app.strapi.db.query('admin::role').findOne({ where: { code: role } })) as {
    id: number;
  };
  const roles = app.strapi.service('admin::role') as unknown as RoleService;
  await roles.addPermissions(
    id,
    actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
  );
  return id;
};
