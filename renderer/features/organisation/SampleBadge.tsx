// The mark on the sample organisation's rows (示例), until the office replaces them with its own.
export function SampleBadge({ sample, label }: { sample: boolean; label: string }) {
  return sample ? <span className="badge sample">{label}</span> : null;
}
