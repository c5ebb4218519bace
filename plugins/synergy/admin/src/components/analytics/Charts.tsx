import { Box } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { useChartTheme, type ChartTheme } from './chart-theme';
import { formatAxisTick, formatFigure, type FigureKind } from './format';

export interface ChartSeries {
  key: string;
  label: string;
  colour: string;
  stackId?: string;
}

const tooltipStyle = (theme: ChartTheme) => ({
  contentStyle: {
    background: theme.tooltipBackground,
    border: `1px solid ${theme.tooltipBorder}`,
    borderRadius: 4,
    fontSize: theme.fontSize,
  },
  labelStyle: { color: theme.text, fontWeight: 600 },
});

const axisProps = (theme: ChartTheme) => ({
  stroke: theme.axis,
  tick: { fill: theme.axis, fontSize: theme.fontSize },
  tickLine: false,
});

/** A figure the charts draw: an accessible image named by its label, whose bars may be links. */
const Figure = ({
  label,
  height,
  children,
}: {
  label: string;
  height: number;
  children: React.ReactElement;
}) => (
  <Box role="img" aria-label={label} width="100%" height={`${height}px`}>
    <ResponsiveContainer width="100%" height="100%">
      {children}
    </ResponsiveContainer>
  </Box>
);

interface BarsChartProps<D extends object> {
  label: string;
  data: D[];
  /** The field holding the (already translated) category name. */
  categoryKey: keyof D & string;
  series: ChartSeries[];
  /** Horizontal bars suit long category names. */
  layout?: 'horizontal' | 'vertical';
  height?: number;
  valueKind?: FigureKind;
  /** The records behind one bar; a bar with an address is clickable. */
  hrefOf?: (datum: D, seriesKey: string) => string | undefined;
  /** A colour per bar (one series only), e.g. by severity. */
  colourOf?: (datum: D) => string;
  domain?: [number, number];
  showLegend?: boolean;
  /** Room for the category names of horizontal bars, in pixels. */
  categoryWidth?: number;
}

/** Bars per category, one or more series (grouped, or stacked with `stackId`). */
export const BarsChart = <D extends object>({
  label,
  data,
  categoryKey,
  series,
  layout = 'horizontal',
  height = 260,
  valueKind = 'count',
  hrefOf,
  colourOf,
  domain,
  showLegend = series.length > 1,
  categoryWidth = 120,
}: BarsChartProps<D>) => {
  const theme = useChartTheme();
  const intl = useIntl();
  const navigate = useNavigate();
  const vertical = layout === 'vertical';
  const format = (value: unknown) =>
    formatFigure(intl, typeof value === 'number' ? value : null, valueKind);
  const formatTick = (value: unknown) =>
    formatAxisTick(intl, typeof value === 'number' ? value : null, valueKind);
  const valueAxis = {
    ...axisProps(theme),
    type: 'number' as const,
    tickFormatter: formatTick,
    domain: domain ?? [0, 'auto'],
  };
  const categoryAxis = {
    ...axisProps(theme),
    type: 'category' as const,
    dataKey: categoryKey as string,
    interval: 0,
  };

  return (
    <Figure label={label} height={height}>
      <BarChart
        data={data}
        layout={layout}
        margin={{ top: 8, right: 16, bottom: 8, left: vertical ? 24 : 0 }}
      >
        <CartesianGrid stroke={theme.grid} horizontal={!vertical} vertical={vertical} />
        {vertical ? <XAxis {...valueAxis} /> : <XAxis {...categoryAxis} />}
        {vertical ? (
          <YAxis {...categoryAxis} width={categoryWidth} />
        ) : (
          <YAxis {...valueAxis} width={56} />
        )}
        <Tooltip
          {...tooltipStyle(theme)}
          cursor={{ fill: theme.grid }}
          formatter={(value: unknown, name: unknown) => [format(value), String(name)]}
        />
        {showLegend ? <Legend wrapperStyle={{ fontSize: theme.fontSize }} /> : null}
        {series.map((item) => (
          <Bar
            key={item.key}
            dataKey={item.key}
            name={item.label}
            fill={item.colour}
            stackId={item.stackId}
            radius={item.stackId ? 0 : 3}
            maxBarSize={36}
            cursor={hrefOf ? 'pointer' : undefined}
            onClick={(entry: { payload?: D }) => {
              const href = entry.payload && hrefOf?.(entry.payload, item.key);
              if (href) navigate(href);
            }}
          >
            {colourOf
              ? data.map((datum, index) => <Cell key={index} fill={colourOf(datum)} />)
              : null}
          </Bar>
        ))}
      </BarChart>
    </Figure>
  );
};

export interface TrendLine {
  key: string;
  label: string;
  colour: string;
  axis: 'left' | 'right';
  kind: FigureKind;
  type: 'line' | 'bar';
}

interface TrendChartProps<D extends object> {
  label: string;
  data: D[];
  categoryKey: keyof D & string;
  lines: TrendLine[];
  leftDomain?: [number, number];
  rightDomain?: [number, number];
  height?: number;
  hrefOf?: (datum: D) => string | undefined;
}

/** Figures month by month, on one or two value axes; a month with nothing to compute leaves a gap. */
export const TrendChart = <D extends object>({
  label,
  data,
  categoryKey,
  lines,
  leftDomain,
  rightDomain,
  height = 280,
  hrefOf,
}: TrendChartProps<D>) => {
  const theme = useChartTheme();
  const intl = useIntl();
  const navigate = useNavigate();
  const kindOf = new Map(lines.map((line) => [line.label, line.kind]));
  const leftKind = lines.find((line) => line.axis === 'left')?.kind ?? 'count';
  const rightKind = lines.find((line) => line.axis === 'right')?.kind ?? 'count';
  const hasRight = lines.some((line) => line.axis === 'right');
  const tickOf = (kind: FigureKind) => (value: number) =>
    formatAxisTick(intl, value, kind === 'mean' ? 'score' : kind);

  return (
    <Figure label={label} height={height}>
      <ComposedChart
        data={data}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        onClick={(state: { activeIndex?: number | string | null }) => {
          const index = Number(state?.activeIndex);
          const datum = Number.isInteger(index) ? data[index] : undefined;
          const href = datum && hrefOf?.(datum);
          if (href) navigate(href);
        }}
        style={hrefOf ? { cursor: 'pointer' } : undefined}
      >
        <CartesianGrid stroke={theme.grid} vertical={false} />
        <XAxis {...axisProps(theme)} dataKey={categoryKey as string} />
        <YAxis
          {...axisProps(theme)}
          yAxisId="left"
          domain={leftDomain ?? [0, 'auto']}
          tickFormatter={tickOf(leftKind)}
          width={56}
        />
        {hasRight ? (
          <YAxis
            {...axisProps(theme)}
            yAxisId="right"
            orientation="right"
            domain={rightDomain ?? [0, 'auto']}
            tickFormatter={tickOf(rightKind)}
            width={56}
          />
        ) : null}
        <Tooltip
          {...tooltipStyle(theme)}
          formatter={(value: unknown, name: unknown) => [
            formatFigure(
              intl,
              typeof value === 'number' ? value : null,
              kindOf.get(String(name)) ?? 'count',
            ),
            String(name),
          ]}
        />
        <Legend wrapperStyle={{ fontSize: theme.fontSize }} />
        {lines.map((line) =>
          line.type === 'bar' ? (
            <Bar
              key={line.key}
              yAxisId={line.axis}
              dataKey={line.key}
              name={line.label}
              fill={line.colour}
              maxBarSize={28}
              radius={3}
            />
          ) : (
            <Line
              key={line.key}
              yAxisId={line.axis}
              type="monotone"
              dataKey={line.key}
              name={line.label}
              stroke={line.colour}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls={false}
            />
          ),
        )}
      </ComposedChart>
    </Figure>
  );
};

export interface ScatterPoint {
  name: string;
  x: number;
  y: number;
  z?: number;
  colour: string;
  href?: string;
}

interface ScatterMapProps {
  label: string;
  points: ScatterPoint[];
  xLabel: string;
  yLabel: string;
  zLabel?: string;
  xKind?: FigureKind;
  yKind?: FigureKind;
  xDomain?: [number, number];
  yDomain?: [number, number];
  xTickFormatter?: (value: number) => string;
  xTicks?: number[];
  height?: number;
}

/** Points on two axes (and a size), each named and linking to its record. */
export const ScatterMap = ({
  label,
  points,
  xLabel,
  yLabel,
  zLabel,
  xKind = 'count',
  yKind = 'count',
  xDomain,
  yDomain,
  xTickFormatter,
  xTicks,
  height = 300,
}: ScatterMapProps) => {
  const theme = useChartTheme();
  const intl = useIntl();
  const navigate = useNavigate();
  return (
    <Figure label={label} height={height}>
      <ScatterChart margin={{ top: 16, right: 24, bottom: 24, left: 8 }}>
        <CartesianGrid stroke={theme.grid} />
        <XAxis
          {...axisProps(theme)}
          type="number"
          dataKey="x"
          name={xLabel}
          domain={xDomain ?? ['auto', 'auto']}
          tickFormatter={xTickFormatter ?? ((value: number) => formatAxisTick(intl, value, xKind))}
          ticks={xTicks}
          allowDecimals={false}
          label={{
            value: xLabel,
            position: 'insideBottom',
            offset: -12,
            fill: theme.axis,
            fontSize: theme.fontSize,
          }}
        />
        <YAxis
          {...axisProps(theme)}
          type="number"
          dataKey="y"
          name={yLabel}
          domain={yDomain ?? ['auto', 'auto']}
          tickFormatter={(value: number) => formatAxisTick(intl, value, yKind)}
          width={72}
          label={{
            value: yLabel,
            angle: -90,
            position: 'insideLeft',
            fill: theme.axis,
            fontSize: theme.fontSize,
          }}
        />
        <ZAxis type="number" dataKey="z" range={[60, 400]} name={zLabel} />
        <Tooltip
          {...tooltipStyle(theme)}
          cursor={{ strokeDasharray: '3 3' }}
          content={({ active, payload }) => {
            const point =
              active && payload?.[0]?.payload ? (payload[0].payload as ScatterPoint) : undefined;
            if (!point) return null;
            return (
              <div style={{ ...tooltipStyle(theme).contentStyle, padding: 8 }}>
                <div style={{ fontWeight: 600, color: theme.text }}>{point.name}</div>
                <div>
                  {xLabel}:{' '}
                  {xTickFormatter ? xTickFormatter(point.x) : formatFigure(intl, point.x, xKind)}
                </div>
                <div>
                  {yLabel}: {formatFigure(intl, point.y, yKind)}
                </div>
                {zLabel && point.z !== undefined ? (
                  <div>
                    {zLabel}: {formatFigure(intl, point.z, 'count')}
                  </div>
                ) : null}
              </div>
            );
          }}
        />
        <Scatter
          data={points}
          cursor="pointer"
          onClick={(entry: { payload?: ScatterPoint }) => {
            if (entry.payload?.href) navigate(entry.payload.href);
          }}
        >
          {points.map((point, index) => (
            <Cell key={index} fill={point.colour} fillOpacity={0.75} />
          ))}
        </Scatter>
      </ScatterChart>
    </Figure>
  );
};
