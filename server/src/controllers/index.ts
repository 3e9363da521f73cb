import article from './article';
import author from './author';
import category from './category';
import exportController from './export';
import importController from './import';
import settingsController from './settings';
export default {
  article,
  author,
  category,
  import: importController,
  export: exportController,
  settings: settingsController,
};
