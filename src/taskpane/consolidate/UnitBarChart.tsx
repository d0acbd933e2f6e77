import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { barFigureText, type ChartSeries } from "./chart-series";

const useStyles = makeStyles({
  // The unit names take at most two fifths of the width (a long name is cut), the bars the rest.
  chart: { display: "grid", gridTemplateColumns: "fit-content(40%) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  name: { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, minWidth: 0, cursor: "pointer" },
  bar: { height: "12px", flexShrink: 0, backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
  highlighted: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  figure: { whiteSpace: "nowrap", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/**
 * One bar per unit on a common scale, each with its figure in Chinese (1.6万, not 1.6k). A picture for
 * the eye: screen readers and the keyboard get the same figures from the list of units beside it (the
 * chart is aria-hidden, so nothing English such as "bar 1 of 5" is read out). A bar is clickable like
 * the unit's line in the list; the unit last clicked is drawn in another colour. Negative figures (an
 * error the audit reports) are drawn as empty bars.
 */
export function UnitBarChart(props: { series: ChartSeries; highlighted?: string; onUnit: (unit: string) => void }) {
  const styles = useStyles();
  const { series } = props;
  // Room beyond the longest bar for the figure written after it (a narrow pane cuts it off otherwise).
  const scale = (Math.max(0, ...series.bars.map((b) => b.value)) || 1) * 1.35;
  return (
    <div className={styles.chart} aria-hidden data-testid="bar-chart">
      {series.bars.map((bar) => (
        <div key={bar.unit} style={{ display: "contents" }}>
          <span className={styles.name} title={bar.unit}>
            {bar.unit}
          </span>
          <span className={styles.row} data-testid="bar" data-unit={bar.unit} data-value={bar.value} onClick={() => props.onUnit(bar.unit)}>
            <span className={mergeClasses(styles.bar, bar.unit === props.highlighted && styles.highlighted)} style={{ width: `${(Math.max(0, bar.value) / scale) * 100}%` }} />
            <span className={styles.figure}>{barFigureText(bar.value, series.unit)}</span>
          </span>
        </div>
      ))}
    </div>
  );
}
