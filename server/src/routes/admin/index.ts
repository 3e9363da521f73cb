import { UID } from '../../../../shared/contracts';
import { PERMISSIONS } from '../../bootstrap/permissions';

const guarded = (method: string, path: string, handler: string, action: string) => ({
  method,
  path,
  handler,
  config: {
    policies: [
      'admin::isAuthenticatedAdmin',
      { name: 'admin::hasPermissions', config: { actions: [action] } },
    ],
  },
});

/** Admin API, mounted by Strapi under /newsroom. */
export default () => ({
  type: 'admin',
  routes: [
    guarded('POST', '/import/preview', 'import.preview', PERMISSIONS.import),
    guarded('POST', '/import', 'import.import', PERMISSIONS.import),
    guarded('GET', '/import/defaults', 'import.defaults', PERMISSIONS.import),
    guarded('GET', '/imports', 'import.history', PERMISSIONS.import),
    guarded('GET', '/stats', 'import.stats', PERMISSIONS.import),
    // The article side panel's category path: for admins who may read articles in the CM.
    {
      method: 'GET',
      path: '/category-path',
      handler: 'categoryPath.find',
      config: {
        policies: [
          'admin::isAuthenticatedAdmin',
          {
            name: 'admin::hasPermissions',
            config: { actions: [['plugin::content-manager.explorer.read', UID.article]] },
          },
        ],
      },
    },
    guarded('GET', '/export', 'export.download', PERMISSIONS.export),
    guarded('GET', '/settings', 'settings.find', PERMISSIONS.settingsRead),
    guarded('PUT', '/settings', 'settings.update', PERMISSIONS.settingsUpdate),
    guarded('GET', '/settings/reading-time', 'settings.readingTime', PERMISSIONS.settingsRead),
    guarded(
      'POST',
      '/settings/reading-time/recompute',
      'settings.recomputeReadingTime',
      PERMISSIONS.settingsUpdate
    ),
  ],
});
