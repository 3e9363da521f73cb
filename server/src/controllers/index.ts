import article from './article';
import author from './author';
import category from './category';
import categoryPath from './category-path';
import exportController from './export';
import { feedController, sitemapController } from './feed';
import importController from './import';
import settingsController from './settings';
export default {
  article,
  author,
  category,
  categoryPath,
  import: importController,
  export: exportController,
  feed: feedController,
  sitemap: sitemapController,
  settings: settingsController,
};
