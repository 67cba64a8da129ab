// Placeholder; replaced by the feature.
export function IncidentSummaryPage(_props: { id: string }) {
  return null;
}
