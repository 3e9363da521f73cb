import importController from './import';
import settingsController from './settings';
export default {
  import: importController,
  settings: settingsController,
};
