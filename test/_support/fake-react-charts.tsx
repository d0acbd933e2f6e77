import type { HorizontalBarChartProps } from "@fluentui/react-charts";

/**
 * A stand-in for @fluentui/react-charts in jsdom tests (the real one imports d3's ES modules, which
 * Jest's CommonJS cannot load): one clickable bar per data row, titled as the chart would. Use as
 * `jest.mock("@fluentui/react-charts", () => jest.requireActual("../../_support/fake-react-charts"))`.
 */
export const HorizontalBarChartVariant = { PartToWhole: "part-to-whole", AbsoluteScale: "absolute-scale" };

export function HorizontalBarChart(props: HorizontalBarChartProps) {
  return (
    <div data-testid="bar-chart" data-variant={props.variant}>
      {(props.data ?? []).map((row) => {
        const point = row.chartData?.[0];
        return (
          <button
            key={row.chartTitle}
            type="button"
            data-testid="bar"
            data-value={point?.horizontalBarChartdata?.x}
            onClick={point?.onClick}
          >
            {`${row.chartTitle} ${point?.yAxisCalloutData ?? ""}`}
          </button>
        );
      })}
    </div>
  );
}
