import { IMPORT_LOG_INDEXES } from '../indexes';
import schema from './schema.json';

export default { schema: { ...schema, indexes: IMPORT_LOG_INDEXES } };
