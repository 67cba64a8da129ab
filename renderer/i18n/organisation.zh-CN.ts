// Chinese texts of the organisation screens (owned by that feature; merged into the catalog).
export const zhOrganisation = {
  title: '组织机构',
};
