import { UID } from '../../../shared/contracts';
import { readOnlyController } from './read-only';

export default readOnlyController(UID.author, 'Author not found');
