// English texts of the settings feature, typed against the Chinese ones.
import type { Catalog } from './zh-CN';

export const enSettings: Catalog['settings'] = {
  title: '',
};
