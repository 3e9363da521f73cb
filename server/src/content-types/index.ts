import article from './article';
import author from './author';
import category from './category';

export default { article, author, category };
