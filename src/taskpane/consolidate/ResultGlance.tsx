import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { rejectedReason, type ConsolidationResult } from "../../core/consolidate";
import { message, problemText } from "../../core/locale";
import { severityName } from "../../core/validate";
import { chartOptions, chartSeries, figureText } from "./chart-series";
import type { SummaryOutcome } from "./consolidate-reducer";

const UnitBarChart = lazy(() => import(/* webpackChunkName: "charts" */ "./UnitBarChart").then((m) => ({ default: m.UnitBarChart })));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  facts: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  total: { fontWeight: tokens.fontWeightSemibold },
  units: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  // Fluent caps a button at 280 px and lets its text run out; a long unit name is cut inside the pane instead.
  unit: { justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, width: "100%", maxWidth: "100%", minWidth: 0, fontWeight: tokens.fontWeightRegular },
  unitName: { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", textAlign: "left" },
  unitFigure: { flexShrink: 0, whiteSpace: "nowrap" },
  highlighted: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  dropdown: { minWidth: 0 },
});

const names = (list: readonly string[]) => list.join("、");

function facts(result: ConsolidationResult): string[] {
  const rejected = result.inputs.filter((i) => i.status === "rejected" && !result.duplicates.some((d) => d.dropped.includes(i.file)));
  const count = (severity: "error" | "verify" | "hint") => result.findings.filter((f) => f.severity === severity).length;
  const lines = [
    message("ui.consolidate.fact-files", { count: result.inputs.length, rejected: rejected.length }),
    message("ui.consolidate.fact-units", { count: result.units.length }),
    result.hasRoster
      ? message("ui.consolidate.fact-missing", { count: result.missing.length, names: names(result.missing.map((u) => u.name)) })
      : message("ui.consolidate.fact-no-roster"),
    message("ui.consolidate.fact-resubmitted", { count: result.duplicates.length, names: names(result.duplicates.map((d) => d.unit)) }),
    message("ui.consolidate.fact-zero", { count: result.zeroReports.length, names: names(result.zeroReports) }),
  ];
  if (result.outsideRoster.length)
    lines.push(message("ui.consolidate.fact-outside", { count: result.outsideRoster.length, names: names(result.outsideRoster) }));
  for (const input of rejected)
    lines.push(message("ui.consolidate.fact-rejected", { file: input.file, reason: input.reason ? problemText(rejectedReason(input.reason)) : "" }));
  lines.push(
    message("ui.consolidate.fact-findings", {
      error: severityName("error"),
      verify: severityName("verify"),
      hint: severityName("hint"),
      errors: count("error"),
      verifies: count("verify"),
      hints: count("hint"),
    }),
  );
  return lines;
}

/**
 * The consolidation at a glance: units received, missing, sent twice and with a zero report, the
 * audit's findings by severity, where the summary went, and one indicator by unit as a bar chart
 * with its total. A unit is clickable (in the chart and in the list): `onUnit` takes the clerk to
 * its row of 分单位明细, or highlights it where there is no grid.
 */
export function ResultGlance(props: {
  outcome: SummaryOutcome;
  indicator?: string;
  highlighted?: string;
  /** Excel: the summary is in the open workbook and a unit's row can be selected. */
  inWorkbook: boolean;
  busy: boolean;
  onIndicator: (key: string) => void;
  onUnit: (unit: string) => void;
  onDownload?: () => void;
  /** Whether 下载 is the view's primary action: not where 生成综述 hands the summary on (the download stays beside it). */
  downloadPrimary?: boolean;
}) {
  const styles = useStyles();
  const { result, workbook } = props.outcome;
  const options = chartOptions(result);
  const series = chartSeries(result, props.indicator);
  return (
    <section className={styles.root} aria-label={message("ui.consolidate.result-heading")}>
      <Subtitle2 as="h3">{message("ui.consolidate.result-title", { title: result.template.title, period: result.period ?? "" })}</Subtitle2>
      <ul className={styles.facts}>
        {facts(result).map((line) => (
          <li key={line}>
            <Text>{line}</Text>
          </li>
        ))}
      </ul>
      {workbook ? (
        <div>
          <Text block>{message("ui.consolidate.workbook-ready", { name: workbook.fileName })}</Text>
          <Button appearance={props.downloadPrimary === false ? "secondary" : "primary"} disabled={props.busy} onClick={props.onDownload}>
            {message("ui.consolidate.download")}
          </Button>
        </div>
      ) : (
        <Text>{message("ui.consolidate.sheets-written", { sheets: names(props.outcome.sheets) })}</Text>
      )}
      {series && (
        <>
          {options.length > 1 && (
            <Field label={message("ui.consolidate.indicator")}>
              <Dropdown
                className={styles.dropdown}
                value={series.label}
                selectedOptions={[series.key]}
                onOptionSelect={(_, data) => data.optionValue && props.onIndicator(data.optionValue)}
              >
                {options.map((o) => (
                  <Option key={o.key} value={o.key}>
                    {o.label}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
          <Text className={styles.total} data-testid="consolidate-total">
            {series.total === undefined
              ? message("ui.consolidate.total-none", { label: series.label })
              : message(series.approximate ? "ui.consolidate.total-approximate" : "ui.consolidate.total", {
                  label: series.label,
                  value: figureText(series.total),
                  unit: series.unit ?? "",
                  count: series.bars.length,
                  of: result.units.length,
                })}
          </Text>
          {series.bars.length > 0 && (
            <Suspense fallback={<Spinner size="tiny" label={message("ui.consolidate.chart-loading")} />}>
              <UnitBarChart series={series} highlighted={props.highlighted} onUnit={props.onUnit} />
            </Suspense>
          )}
          <Caption1 className={styles.muted}>
            {message(props.inWorkbook ? "ui.consolidate.unit-hint-excel" : "ui.consolidate.unit-hint-browser")}
          </Caption1>
          <ul className={styles.units} aria-label={message("ui.consolidate.units-label", { label: series.label })}>
            {series.bars.map((bar) => (
              <li key={bar.unit}>
                <Button
                  appearance="subtle"
                  size="small"
                  className={mergeClasses(styles.unit, bar.unit === props.highlighted && styles.highlighted)}
                  aria-current={bar.unit === props.highlighted ? "true" : undefined}
                  onClick={() => props.onUnit(bar.unit)}
                >
                  <span className={styles.unitName} title={bar.unit}>
                    {bar.unit}
                  </span>
                  <span className={styles.unitFigure}>{`${figureText(bar.value)}${series.unit ?? ""}`}</span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
