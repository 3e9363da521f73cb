import { ARTICLE_INDEXES } from '../indexes';
import schema from './schema.json';

export default { schema: { ...schema, indexes: ARTICLE_INDEXES } };
