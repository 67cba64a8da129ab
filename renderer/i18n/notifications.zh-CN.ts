// Chinese texts of the notifications feature.
export const zhNotifications = {
  title: '',
};
