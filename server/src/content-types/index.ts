import article from './article';
import author from './author';
import category from './category';
import image from './image';
import importLog from './import-log';
import lock from './lock';

export default { article, author, category, image, 'import-log': importLog, lock };
