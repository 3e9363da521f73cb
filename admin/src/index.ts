import { Files, PriceTag } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';

import { ArticleSidePanel } from './components/ArticleSidePanel';
import { ExportArticlesAction } from './components/ExportArticlesAction';
import { ImportArticlesAction } from './components/ImportArticlesAction';
import { Initializer } from './components/Initializer';
import { localesCellFormatter, updatedCellFormatter } from './components/ListCells';
import {
  IMPORT_PERMISSIONS,
  NEWSROOM_PAGE_PERMISSIONS,
  SETTINGS_READ_PERMISSIONS,
} from './constants';
import { hasContentManagerApis } from './contentManager';
import { PLUGIN_ID, TAGS_FIELD } from '../../shared/contracts';
import { getTranslation } from './utils/getTranslation';
import { withCompactColumns, type ListHeader } from './utils/listColumns';

const plugin: StrapiApp['appPlugins'][string] = {
  register(app) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Files,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Newsroom' },
      permissions: NEWSROOM_PAGE_PERMISSIONS,
      Component: () => import('./pages/NewsroomPage'),
    });

    app.widgets.register({
      id: 'overview',
      pluginId: PLUGIN_ID,
      icon: Files,
      title: { id: getTranslation('widget.title'), defaultMessage: 'Newsroom' },
      link: {
        label: { id: getTranslation('widget.open'), defaultMessage: 'Open the Newsroom' },
        href: `/plugins/${PLUGIN_ID}`,
      },
      component: () => import('./components/HomeWidget').then((mod) => mod.HomeWidget),
      permissions: IMPORT_PERMISSIONS,
    });

    // The article's tags as chips (stored as before: a JSON array of strings).
    app.customFields.register({
      name: TAGS_FIELD.name,
      pluginId: PLUGIN_ID,
      type: 'json',
      intlLabel: { id: getTranslation('tags.fieldName'), defaultMessage: 'Tags' },
      intlDescription: {
        id: getTranslation('tags.fieldDescription'),
        defaultMessage:
          'A list of short labels, typed as chips (stored as a JSON array of strings).',
      },
      icon: PriceTag,
      components: { Input: () => import('./components/TagsInput') },
    });

    app.registerPlugin({
      id: PLUGIN_ID,
      initializer: Initializer,
      isReady: false,
      name: PLUGIN_ID,
    });
  },

  bootstrap(app) {
    app.addSettingsLink('global', {
      id: PLUGIN_ID,
      to: PLUGIN_ID,
      intlLabel: { id: getTranslation('settings.link'), defaultMessage: 'Newsroom' },
      permissions: SETTINGS_READ_PERMISSIONS,
      Component: () => import('./pages/SettingsPage'),
    });

    const contentManager = app.getPlugin('content-manager');
    if (contentManager && hasContentManagerApis(contentManager.apis)) {
      contentManager.apis.addEditViewSidePanel([ArticleSidePanel]);
      contentManager.apis.addBulkAction([ExportArticlesAction]);
    }
    contentManager?.injectComponent('listView', 'actions', {
      name: `${PLUGIN_ID}-import-articles`,
      Component: ImportArticlesAction,
    });
    // The article list's Updated and Available in columns, compact: Status stays on screen.
    app.registerHook(
      'Admin/CM/pages/ListView/inject-column-in-table',
      ({ displayedHeaders, layout }: { displayedHeaders: ListHeader[]; layout: unknown }) => ({
        displayedHeaders: withCompactColumns(displayedHeaders, {
          updatedAt: updatedCellFormatter,
          locales: localesCellFormatter,
        }),
        layout,
      })
    );
  },

  registerTrads({ locales }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as {
            default: Record<string, string>;
          };
          const newData: Record<string, string> = {};
          for (const key of Object.keys(data)) {
            newData[getTranslation(key)] = data[key];
          }
          return { data: newData, locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};

export default plugin;
