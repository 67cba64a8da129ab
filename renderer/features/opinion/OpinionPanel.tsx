// Placeholder until the feature is built.
export function OpinionPanel(_props: { incidentId: string }) {
  return null;
}
