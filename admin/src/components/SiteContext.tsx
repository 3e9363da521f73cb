import { createContext, useContext } from 'react';

import type { SiteLinks } from '../../../shared/contracts';

/** The public site from the plugin config (null: no `siteUrl`, no "View on site" links). */
export const SiteContext = createContext<SiteLinks | null>(null);

export const useSite = (): SiteLinks | null => useContext(SiteContext);
