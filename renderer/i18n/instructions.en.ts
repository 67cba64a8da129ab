// English texts of the instructions screens, typed against the Chinese ones.
import type { Catalog } from './zh-CN';

export const enInstructions: Catalog['instructions'] = {
  title: 'Instruction inbox',
};
