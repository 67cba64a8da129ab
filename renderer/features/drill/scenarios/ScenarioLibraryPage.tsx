// Placeholder until the screen is built.
export function ScenarioLibraryPage() {
  return null;
}
