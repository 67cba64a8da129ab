// Placeholder until the feature is built.
export function ReleasesPanel(_props: { incidentId: string }) {
  return null;
}
