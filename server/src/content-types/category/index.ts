import { CATEGORY_INDEXES } from '../indexes';
import schema from './schema.json';

export default { schema: { ...schema, indexes: CATEGORY_INDEXES } };
