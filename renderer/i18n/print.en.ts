// English texts of the print feature, typed against the Chinese ones.
import type { Catalog } from './zh-CN';

export const enPrint: Catalog['print'] = {
  title: '',
};
