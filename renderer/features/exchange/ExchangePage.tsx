// Placeholder; replaced by the feature.
export function ExchangePage() {
  return null;
}
