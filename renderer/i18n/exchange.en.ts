// English texts of the exchange feature, typed against the Chinese ones.
import type { Catalog } from './zh-CN';

export const enExchange: Catalog['exchange'] = {
  title: '',
};
