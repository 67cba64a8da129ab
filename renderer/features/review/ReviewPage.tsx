// Placeholder until the feature is built.
export function ReviewPage(_props: { id: string }) {
  return null;
}
