// Placeholder; replaced by the feature.
export function NotificationCentrePage() {
  return null;
}
