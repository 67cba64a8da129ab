// Placeholder; replaced by the feature.
export function AutoBackup() {
  return null;
}
