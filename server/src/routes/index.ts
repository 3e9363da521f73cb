import adminAPIRoutes from './admin';
import contentAPIRoutes from './content-api';

export default {
  'content-api': contentAPIRoutes,
  admin: adminAPIRoutes,
};
