// Placeholder; replaced by the feature.
export function SettingsPage() {
  return null;
}
