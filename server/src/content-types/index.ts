import article from './article';
import author from './author';
import category from './category';
import importLog from './import-log';
import lock from './lock';

export default { article, author, category, 'import-log': importLog, lock };
