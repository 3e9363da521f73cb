import history from './history';
import importService from './import';
import settings from './settings';
export default {
  import: importService,
  history,
  settings,
};
