// The opinion trend as Recharts draws it: reach per period stacked by sentiment, the negative
// reach the rule counts (a line) and the plan's threshold (a dashed line). The data comes ready
// from opinionTrend in shared/opinion.ts; this file only draws it.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { OpinionTrend } from '@shared/opinion';

const COLOURS = { negative: '#c62828', neutral: '#98a2b3', positive: '#2e7d32', window: '#7a1f1f', threshold: '#ef6c00' };
const INK = '#475467';
const GRID = '#eef0f4';
/** Legend in reading order (Recharts would sort it by name). */
const LEGEND_ORDER = ['negative', 'neutral', 'positive', 'negativeInWindow', 'threshold'];

type Props = {
  trend: OpinionTrend;
  label: string;
  names: { negative: string; neutral: string; positive: string; window: string; threshold: string };
  /** Numbers as the operator reads them (12,000; on the axis one unit for all ticks, e.g. 1.2万 and 0.8万). */
  format: (value: number) => string;
  formatAxis: (value: number) => string;
};

export function OpinionTrendChart({ trend, label, names, format, formatAxis }: Props) {
  // The threshold as a series too, so the legend names it; the reference line draws it edge to edge.
  const data = trend.buckets.map((bucket) => ({ ...bucket, threshold: trend.threshold }));
  return (
    <figure className="opinion-trend-chart" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} maxBarSize={36} margin={{ top: 20, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="label" tick={{ fill: INK, fontSize: 11 }} stroke={GRID} interval="preserveStartEnd" minTickGap={12} />
          <YAxis
            tick={{ fill: INK, fontSize: 11 }}
            stroke={GRID}
            width={52}
            tickFormatter={(v: number) => formatAxis(v)}
            allowDecimals={false}
          />
          <Tooltip formatter={(v) => format(Number(v))} />
          <Legend
            verticalAlign="top"
            align="right"
            height={24}
            iconSize={10}
            itemSorter={(item) => LEGEND_ORDER.indexOf(String(item.dataKey))}
          />
          <Bar dataKey="negative" stackId="reach" name={names.negative} fill={COLOURS.negative} isAnimationActive={false} />
          <Bar dataKey="neutral" stackId="reach" name={names.neutral} fill={COLOURS.neutral} isAnimationActive={false} />
          <Bar dataKey="positive" stackId="reach" name={names.positive} fill={COLOURS.positive} isAnimationActive={false} />
          <Line
            dataKey="negativeInWindow"
            name={names.window}
            type="stepAfter"
            stroke={COLOURS.window}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="threshold"
            name={names.threshold}
            stroke={COLOURS.threshold}
            strokeDasharray="6 4"
            dot={false}
            activeDot={false}
            tooltipType="none"
            isAnimationActive={false}
          />
          <ReferenceLine y={trend.threshold} stroke={COLOURS.threshold} strokeDasharray="6 4" ifOverflow="extendDomain" />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
