import article from './article';
import author from './author';
import category from './category';
import importController from './import';
import settingsController from './settings';
export default {
  article,
  author,
  category,
  import: importController,
  settings: settingsController,
};
