// Chinese texts of the exchange feature.
export const zhExchange = {
  title: '',
};
