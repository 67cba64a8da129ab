// Placeholder until the feature is built.
export function OpenMeasuresPanel() {
  return null;
}
