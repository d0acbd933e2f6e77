import { HorizontalBarChart, HorizontalBarChartVariant, type ChartProps } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import { figureText, type ChartSeries } from "./chart-series";

/**
 * One bar per unit on a common scale, drawn with Fluent's chart. Loaded on demand (its own chunk:
 * the chart library is large and only the 汇总 view needs it). A bar is clickable like the unit's
 * line in the list; the unit last clicked is drawn in another colour. Negative figures (an error the
 * audit reports) are drawn as empty bars.
 */
export function UnitBarChart(props: { series: ChartSeries; highlighted?: string; onUnit: (unit: string) => void }) {
  const { series } = props;
  // Room beyond the longest bar for the figure the chart writes after it (a narrow pane cuts it off otherwise).
  const scale = (Math.max(0, ...series.bars.map((b) => b.value)) || 1) * 1.25;
  const data: ChartProps[] = series.bars.map((bar) => ({
    chartTitle: bar.unit,
    chartData: [
      {
        legend: series.label,
        horizontalBarChartdata: { x: Math.max(0, bar.value), total: scale },
        color: bar.unit === props.highlighted ? tokens.colorPaletteDarkOrangeBackground3 : tokens.colorBrandBackground,
        xAxisCalloutData: bar.unit,
        yAxisCalloutData: `${figureText(bar.value)}${series.unit ?? ""}`,
        onClick: () => props.onUnit(bar.unit),
      },
    ],
  }));
  return <HorizontalBarChart data={data} variant={HorizontalBarChartVariant.AbsoluteScale} culture="zh-CN" barHeight={12} />;
}
