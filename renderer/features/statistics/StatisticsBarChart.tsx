// A figure's bars: the house chart's look, with room on the value side so the label at the end of
// the longest bar (e.g. "100%") is not cut off, and a series named after what it measures (投诉件数,
// 事件数 …) so the tooltip reads "投诉件数 : 4" rather than the figure's title.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarDatum } from '../../ui/charts';

type Props = {
  data: BarDatum[];
  height: number;
  /** The figure's title, for screen readers. */
  label: string;
  /** What a bar measures: the tooltip's series name. */
  series: string;
  horizontal?: boolean;
  /** Values are percentages: the value axis runs to 100. */
  percent?: boolean;
  valueFormat?: (v: number) => string;
};

const INK = '#475467';
const GRID = '#eef0f4';
const FONT = 12;

export function StatisticsBarChart({ data, height, label, series, horizontal, percent, valueFormat }: Props) {
  const format = (v: unknown) => (valueFormat ? valueFormat(Number(v)) : String(v));
  const domain: [number, number | 'auto'] = [0, percent ? 100 : 'auto'];
  return (
    <figure className="chart stat-bars" aria-label={label}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={data}
          layout={horizontal ? 'vertical' : 'horizontal'}
          margin={horizontal ? { top: 8, right: 56, bottom: 4, left: 4 } : { top: 22, right: 16, bottom: 4, left: 4 }}
        >
          <CartesianGrid stroke={GRID} vertical={!horizontal} horizontal={!horizontal} />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} domain={domain} tick={{ fill: INK, fontSize: FONT }} stroke={GRID} />
              <YAxis type="category" dataKey="label" width={110} tick={{ fill: INK, fontSize: FONT }} stroke={GRID} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tick={{ fill: INK, fontSize: FONT }} stroke={GRID} interval="preserveStartEnd" />
              <YAxis allowDecimals={false} domain={domain} tick={{ fill: INK, fontSize: FONT }} stroke={GRID} width={32} />
            </>
          )}
          <Tooltip formatter={(v) => format(v)} />
          <Bar dataKey="value" name={series} isAnimationActive={false} fill="#1d4ed8" radius={3}>
            {data.map((d) => (
              <Cell key={d.label} fill={d.colour ?? '#1d4ed8'} />
            ))}
            <LabelList dataKey="value" position={horizontal ? 'right' : 'top'} fill={INK} fontSize={FONT} formatter={format} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
