/** The Strapi admin HTTP API, as a super admin sets up users and roles. */

export interface Credentials {
  email: string;
  password: string;
}

interface Permission {
  action: string;
  subject: string | null;
  properties: Record<string, unknown>;
  conditions: string[];
}

const call = async <T>(
  baseUrl: string,
  path: string,
  { method = 'GET', body, token }: { method?: string; body?: unknown; token?: string } = {}
): Promise<T> => {
  const res = await fetch(baseUrl + path, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : null) as T;
};

export const registerFirstAdmin = async (baseUrl: string, user: Credentials): Promise<string> => {
  const { data } = await call<{ data: { token: string } }>(baseUrl, '/admin/register-admin', {
    method: 'POST',
    body: { ...user, firstname: 'Super', lastname: 'Admin' },
  });
  return data.token;
};

export const login = async (baseUrl: string, user: Credentials): Promise<string> => {
  const { data } = await call<{ data: { token: string } }>(baseUrl, '/admin/login', {
    method: 'POST',
    body: user,
  });
  return data.token;
};

export const roleId = async (baseUrl: string, token: string, code: string): Promise<number> => {
  const { data } = await call<{ data: Array<{ id: number; code: string }> }>(
    baseUrl,
    '/admin/roles',
    { token }
  );
  const role = data.find((r) => r.code === code);
  if (!role) throw new Error(`No admin role with code ${code}`);
  return role.id;
};

/** A new role with the permissions of `baseRoleId` plus the given actions (subject null). */
export const createRoleLike = async (
  baseUrl: string,
  token: string,
  name: string,
  baseRoleId: number,
  extraActions: string[]
): Promise<number> => {
  const { data: base } = await call<{ data: Permission[] }>(
    baseUrl,
    `/admin/roles/${baseRoleId}/permissions`,
    { token }
  );
  const { data: role } = await call<{ data: { id: number } }>(baseUrl, '/admin/roles', {
    method: 'POST',
    token,
    body: { name, description: `${name} (end-to-end test)` },
  });
  const permissions = [
    ...base.map(({ action, subject, properties, conditions }) => ({
      action,
      subject,
      properties,
      conditions,
    })),
    ...extraActions.map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
  ];
  await call(baseUrl, `/admin/roles/${role.id}/permissions`, {
    method: 'PUT',
    token,
    body: { permissions },
  });
  return role.id;
};

/** Invites a user with the role, then registers it with its password (the invitation flow). */
export const createUser = async (
  baseUrl: string,
  token: string,
  user: Credentials & { firstname: string; lastname: string },
  role: number
): Promise<void> => {
  const { data } = await call<{ data: { registrationToken: string } }>(baseUrl, '/admin/users', {
    method: 'POST',
    token,
    body: { email: user.email, firstname: user.firstname, lastname: user.lastname, roles: [role] },
  });
  await call(baseUrl, '/admin/register', {
    method: 'POST',
    body: {
      registrationToken: data.registrationToken,
      userInfo: { firstname: user.firstname, lastname: user.lastname, password: user.password },
    },
  });
};

export const post = (baseUrl: string, path: string, token: string, body: unknown) =>
  fetch(baseUrl + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

/** Adds a locale to the app (Settings → Internationalization), through i18n's admin API. */
export const addLocale = async (
  baseUrl: string,
  token: string,
  locale: { code: string; name: string }
): Promise<void> => {
  await call(baseUrl, '/i18n/locales', {
    method: 'POST',
    token,
    body: { ...locale, isDefault: false },
  });
};
