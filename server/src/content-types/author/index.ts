import { AUTHOR_INDEXES } from '../indexes';
import schema from './schema.json';

export default { schema: { ...schema, indexes: AUTHOR_INDEXES } };
