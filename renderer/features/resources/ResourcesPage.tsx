// Placeholder until the feature is built.
export function ResourcesPage() {
  return null;
}
