import { UID } from '../../../shared/contracts';
import { readOnlyController } from './read-only';

export default readOnlyController(UID.category, 'Category not found');
