import { UID } from '../pluginId';
import { readOnlyController } from './read-only';

export default readOnlyController(UID.author, 'Author not found');
