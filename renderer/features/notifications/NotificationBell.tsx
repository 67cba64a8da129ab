// Placeholder; replaced by the feature.
export function NotificationBell() {
  return null;
}
