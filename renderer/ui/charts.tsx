// The one place Recharts meets our code: bar charts with our colours and fonts, no animation
// (a wall display and a screenshot should show the same figures at once).
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type BarDatum = { label: string; value: number; colour?: string };

type Props = { data: BarDatum[]; height: number; label: string; horizontal?: boolean; dark?: boolean; valueFormat?: (v: number) => string };

export function BarsChart({ data, height, label, horizontal, dark, valueFormat }: Props) {
  const ink = dark ? '#d6def0' : '#475467';
  const grid = dark ? '#2c3b5c' : '#eef0f4';
  const fontSize = dark ? 18 : 12;
  return (
    <figure className="chart" aria-label={label} style={{ height, margin: 0 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 16, right: 28, bottom: 4, left: 4 }}>
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
          {dark ? null : <Tooltip formatter={(v) => (valueFormat ? valueFormat(Number(v)) : String(v))} />}
          <Bar dataKey="value" name={label} isAnimationActive={false} fill="#1d4ed8" radius={3}>
            {data.map((d) => (
              <Cell key={d.label} fill={d.colour ?? '#1d4ed8'} />
            ))}
            <LabelList
              dataKey="value"
              position={horizontal ? 'right' : 'top'}
              fill={ink}
              fontSize={fontSize}
              formatter={(v: unknown) => (valueFormat ? valueFormat(Number(v)) : String(v))}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
