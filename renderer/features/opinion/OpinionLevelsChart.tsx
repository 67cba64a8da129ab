// Items per day stacked by warning level, in the national colours (none grey, blue to red). Only
// draws what opinionByDay in shared/opinionWarning.ts counted.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { WarningDay } from '@shared/opinionWarning';

const COLOURS = { none: '#98a2b3', blue: '#1570ef', yellow: '#eaaa08', orange: '#ef6820', red: '#d92d20' };
const ORDER = ['none', 'blue', 'yellow', 'orange', 'red'] as const;

export function OpinionLevelsChart({
  days,
  label,
  names,
  height = 220,
}: {
  days: WarningDay[];
  label: string;
  names: Record<(typeof ORDER)[number], string>;
  height?: number;
}) {
  const data = days.map((d) => ({ ...d, label: d.day.slice(5) }));
  return (
    <figure className="opinion-levels-chart" aria-label={label} style={{ margin: 0 }}>
      {/* The legend in the levels' order (Recharts would sort it by name). */}
      <ul className="opinion-levels-legend">
        {[...ORDER].reverse().map((level) => (
          <li key={level}>
            <span className="swatch" style={{ background: COLOURS[level] }} />
            {names[level]}
          </li>
        ))}
      </ul>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} margin={{ top: 12, right: 12, bottom: 4, left: 0 }} maxBarSize={28}>
          <CartesianGrid stroke="#eef0f4" vertical={false} />
          <XAxis dataKey="label" tick={{ fill: '#475467', fontSize: 11 }} interval="preserveStartEnd" minTickGap={12} />
          <YAxis allowDecimals={false} tick={{ fill: '#475467', fontSize: 11 }} width={32} />
          <Tooltip />
          {ORDER.map((level) => (
            <Bar key={level} dataKey={level} stackId="levels" name={names[level]} fill={COLOURS[level]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
