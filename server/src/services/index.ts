import article from './article';
import author from './author';
import category from './category';
import exportService from './export';
import history from './history';
import importService from './import';
import readingTime from './reading-time';
import settings from './settings';
export default {
  article,
  author,
  category,
  import: importService,
  export: exportService,
  history,
  settings,
  readingTime,
};
