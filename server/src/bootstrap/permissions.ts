import type { Core } from '@strapi/strapi';

import { PERMISSIONS, PLUGIN_ID } from '../../../shared/contracts';

export { PERMISSIONS };

interface ActionProvider {
  registerMany: (actions: Record<string, unknown>[]) => Promise<void>;
}

/** RBAC actions for the admin: import and export articles, read and change the plugin settings. */
export const registerPermissions = async (strapi: Core.Strapi): Promise<void> => {
  const { actionProvider } = strapi.service('admin::permission') as unknown as {
    actionProvider: ActionProvider;
  };
  await actionProvider.registerMany([
    {
      section: 'plugins',
      displayName: 'Import articles',
      uid: 'import',
      pluginName: PLUGIN_ID,
    },
    {
      section: 'plugins',
      displayName: 'Export articles',
      uid: 'export',
      pluginName: PLUGIN_ID,
    },
    {
      section: 'plugins',
      displayName: 'Read settings',
      uid: 'settings.read',
      subCategory: 'settings',
      pluginName: PLUGIN_ID,
    },
    {
      section: 'plugins',
      displayName: 'Edit settings',
      uid: 'settings.update',
      subCategory: 'settings',
      pluginName: PLUGIN_ID,
    },
  ]);
};
