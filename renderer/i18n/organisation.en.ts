// English texts of the organisation screens, typed against the Chinese ones.
import type { Catalog } from './zh-CN';

export const enOrganisation: Catalog['organisation'] = {
  title: 'Organisation',
};
