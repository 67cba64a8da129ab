// Placeholder; replaced by the feature.
export function PrintSetup() {
  return null;
}
