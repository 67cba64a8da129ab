// Placeholder; replaced by the feature.
export function AlertWatcher() {
  return null;
}
