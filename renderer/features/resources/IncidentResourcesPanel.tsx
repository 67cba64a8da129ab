// Placeholder until the feature is built.
export function IncidentResourcesPanel(_props: { incidentId: string }) {
  return null;
}
