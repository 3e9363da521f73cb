import { IMAGE_INDEXES } from '../indexes';
import schema from './schema.json';

export default { schema: { ...schema, indexes: IMAGE_INDEXES } };
