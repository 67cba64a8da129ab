// The refusal sentence above a form, announced to screen readers.
export function Alert({ text }: { text: string | null }) {
  return text ? (
    <div className="notice error" role="alert">
      {text}
    </div>
  ) : null;
}

export function SampleBadge({ sample, label }: { sample: boolean; label: string }) {
  return sample ? <span className="badge sample">{label}</span> : null;
}
