// English texts of the dashboard screens, typed against the Chinese ones.
import type { Catalog } from './zh-CN';

export const enDashboard: Catalog['dashboard'] = {
  title: 'Command dashboard',
};
