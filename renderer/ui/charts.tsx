// The one place Recharts meets our code: bar charts with our colours and fonts, no animation
// (a wall display and a screenshot should show the same figures at once).
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type BarDatum = { label: string; value: number; colour?: string };

type Props = { data: BarDatum[]; height: number; label: string; horizontal?: boolean; dark?: boolean; valueFormat?: (v: number) => string };

export function BarsChart({ data, height, label, horizontal, dark, valueFormat }: Props) {
  const ink = dark ? '#d6def0' : '#475467';
  const grid = dark ? '#2c3b5c' : '#eef0f4';
  const fontSize = dark ? 18 : 12;
  const format = (v: number) => (valueFormat ? valueFormat(v) : String(v));
  // Each bar's figure is written past its end: beside the longest bar (e.g. 100%) or above the
  // tallest, the chart keeps room for the longest figure so none is cut at the edge.
  const longest = Math.max(1, ...data.map((d) => format(d.value).length));
  const labelRoom = Math.ceil(longest * fontSize * 0.62) + 10;
  const margin = horizontal
    ? { top: 16, right: Math.max(28, labelRoom), bottom: 4, left: 4 }
    : { top: fontSize + 8, right: 28, bottom: 4, left: 4 };
  return (
    <figure className="chart" aria-label={label} style={{ height, margin: 0 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} margin={margin}>
          <CartesianGrid stroke={grid} vertical={!horizontal} horizontal={!!horizontal === false} />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} tick={{ fill: ink, fontSize }} stroke={grid} />
              <YAxis type="category" dataKey="label" width={dark ? 170 : 110} tick={{ fill: ink, fontSize }} stroke={grid} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tick={{ fill: ink, fontSize }} stroke={grid} interval="preserveStartEnd" />
              <YAxis allowDecimals={false} tick={{ fill: ink, fontSize }} stroke={grid} width={dark ? 48 : 32} />
            </>
          )}
          {dark ? null : <Tooltip formatter={(v) => format(Number(v))} />}
          <Bar dataKey="value" name={label} isAnimationActive={false} fill="#1d4ed8" radius={3}>
            {data.map((d) => (
              <Cell key={d.label} fill={d.colour ?? '#1d4ed8'} />
            ))}
            <LabelList
              dataKey="value"
              position={horizontal ? 'right' : 'top'}
              fill={ink}
              fontSize={fontSize}
              formatter={(v: unknown) => format(Number(v))}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
