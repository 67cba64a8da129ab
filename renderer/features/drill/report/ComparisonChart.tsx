// The comparison chart of the evaluation report: minutes after the inject for each expected action,
// the previous run beside this one. A fixed size (not ResponsiveContainer), so the printer gets the
// same figure the screen shows, without waiting for a resize to measure it.
import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import type { ComparisonChartDatum } from '@shared/drillReport';
import { minutesText } from './reportText';

const EARLIER = '#98a2b3';
const LATER = '#1d4ed8';
const INK = '#475467';
const GRID = '#e4e7ec';
/** A4 less the margins is about 180 mm, 680 px at 96 dpi. */
const WIDTH = 660;
const HEIGHT = 260;

type Props = { data: ComparisonChartDatum[]; label: string; earlierName: string; laterName: string; axisUnit: string };

export function ComparisonChart({ data, label, earlierName, laterName, axisUnit }: Props) {
  // Values over the bars only while they can be read; with many actions the table gives them.
  const labelled = data.length <= 12;
  const value = (v: unknown) => (typeof v === 'number' ? minutesText(v) : '');
  return (
    <figure className="drill-report-chart" aria-label={label}>
      <BarChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 24, right: 8, bottom: 4, left: 4 }} barGap={1}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="no" tick={{ fill: INK, fontSize: 11 }} stroke={GRID} interval={0} />
        <YAxis
          allowDecimals={false}
          tick={{ fill: INK, fontSize: 11 }}
          stroke={GRID}
          width={40}
          label={{ value: axisUnit, position: 'top', offset: 8, fill: INK, fontSize: 11 }}
        />
        <Legend verticalAlign="top" align="right" height={22} iconSize={10} />
        <Bar dataKey="earlier" name={earlierName} fill={EARLIER} isAnimationActive={false}>
          {labelled ? <LabelList dataKey="earlier" position="top" fill={INK} fontSize={9} formatter={value} /> : null}
        </Bar>
        <Bar dataKey="later" name={laterName} fill={LATER} isAnimationActive={false}>
          {labelled ? <LabelList dataKey="later" position="top" fill={INK} fontSize={9} formatter={value} /> : null}
        </Bar>
      </BarChart>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
