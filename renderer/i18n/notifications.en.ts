// English texts of the notifications feature, typed against the Chinese ones.
import type { Catalog } from './zh-CN';

export const enNotifications: Catalog['notifications'] = {
  title: '',
};
