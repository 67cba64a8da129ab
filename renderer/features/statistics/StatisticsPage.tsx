// Placeholder until the feature is built.
export function StatisticsPage() {
  return null;
}
