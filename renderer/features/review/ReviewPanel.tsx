// Placeholder until the feature is built.
export function ReviewPanel(_props: { incidentId: string }) {
  return null;
}
