import { PLUGIN_ID } from '../../../shared/contracts';

const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;

export { getTranslation };
