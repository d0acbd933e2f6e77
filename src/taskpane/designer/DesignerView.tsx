import { Button, Caption1, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useReducer } from "react";
import { inferForm } from "../../app";
import { message, problemText } from "../../core/locale";
import { tableColumns, tableRows, type BreakdownKind, type ColumnRole, type IndicatorTemplate, type ValueKind } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";
import { StatusBar, useOperation } from "../status";
import { designerReducer, initialDesignerState } from "./designer-reducer";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  // A row's label, unit and choices wrap under the label where the pane is narrow (400 px), never past its edge.
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  label: { flex: "1 1 10em", minWidth: 0 },
  small: { width: "6em" },
  muted: { color: tokens.colorNeutralForeground3 },
  problems: { whiteSpace: "pre-wrap", color: tokens.colorPaletteRedForeground1 },
});

const KINDS: ValueKind[] = ["integer", "decimal", "money", "percent"];
const ROLES: ColumnRole[] = ["current", "cumulative", "previous-year", "previous", "change"];
const BREAKDOWNS: BreakdownKind[] = ["complete", "exclusive", "overlapping"];
const ROLE_WORDS: Record<ColumnRole, string> = { current: "本期", cumulative: "累计", "previous-year": "上年同期", previous: "上期", change: "增减" };

/**
 * 表式设计: 识别当前表 reads the office's own form off the current sheet (inferForm), shows it as the
 * form it describes — rows with their 其中 parts, columns with their roles — editable (labels, units,
 * kinds, how 其中 parts relate, column roles), with what the inference was not sure of; 绑定到本表
 * stores it with the sheet, so 填报, 审核, 汇总 and 综述 follow it. The JSON can be exported.
 */
export function DesignerView(props: {
  port: WorkbookPort;
  sheet?: string;
  onBound?: (template: IndicatorTemplate, sheet: string) => void;
  /** Whether 识别当前表 is the view's primary action (not where creating a form from a template is). */
  primary?: boolean;
}) {
  const styles = useStyles();
  const { port, sheet } = props;
  const [state, dispatch] = useReducer(designerReducer, initialDesignerState);
  const operation = useOperation();
  const template = state.template;

  const recognise = () =>
    sheet &&
    operation.run(message("ui.designer.recognising", { sheet }), async () => {
      const outcome = await inferForm(port, { sheet });
      if (!outcome.ok) return { ok: false as const, reasons: outcome.problems.map((p) => problemText(p)).join("；") };
      dispatch({ type: "inferred", sheet, template: outcome.template, notes: outcome.notes.map((n) => problemText(n.problem)) });
      return { ok: true as const, template: outcome.template };
    }, {
      done: (result) =>
        result && !result.ok
          ? { intent: "warning" as const, text: message("ui.designer.failed", { reasons: result.reasons }) }
          : result
            ? { intent: "info" as const, text: message("ui.designer.recognised", { title: result.template.title, rows: tableRows(result.template).filter((r) => !r.isTotal).length, columns: tableColumns(result.template).length }) }
            : undefined,
    });

  const bind = () =>
    template &&
    state.sheet &&
    operation.run(message("ui.designer.binding", { sheet: state.sheet }), async () => {
      await port.writeBinding({ sheetName: state.sheet!, templateId: template.id, templateVersion: template.version, templateJson: JSON.stringify(template) });
      dispatch({ type: "bound" });
      props.onBound?.(template, state.sheet!);
    }, { done: () => ({ intent: "success" as const, text: message("ui.designer.bound", { title: template.title, sheet: state.sheet! }) }) });

  return (
    <section className={styles.root} aria-label={message("ui.designer.heading")}>
      <Caption1 className={styles.muted}>{message("ui.designer.intro")}</Caption1>
      <div className={styles.row}>
        {/* Once a form is recognised, 绑定到本表 below is the one primary action. */}
        <Button appearance={props.primary === false || template ? "secondary" : "primary"} disabled={!sheet || operation.busy !== undefined} onClick={() => void recognise()}>
          {message("ui.designer.recognise")}
        </Button>
        {!sheet && <Text className={styles.muted}>{message("ui.designer.no-sheet")}</Text>}
      </div>
      <StatusBar busy={operation.busy} notice={operation.notice} />
      {template && (
        <>
          {state.notes.length > 0 && (
            <section aria-label={message("ui.designer.unsure", { count: state.notes.length })}>
              <Text weight="semibold">{message("ui.designer.unsure", { count: state.notes.length })}</Text>
              <ul>
                {state.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </section>
          )}
          <Field label={message("ui.designer.title")}>
            <Input value={template.title} onChange={(_, data) => dispatch({ type: "title", title: data.value })} />
          </Field>
          <section aria-label={message("ui.designer.rows")}>
            <Text weight="semibold">{message("ui.designer.rows")}</Text>
            {tableRows(template)
              .filter((r) => !r.isTotal)
              .map(({ indicator, depth }) => (
                <div key={indicator.key} className={styles.row} style={{ paddingLeft: `${depth * 1.5}em` }}>
                  <Input
                    className={styles.label}
                    aria-label={message("ui.designer.row-label", { label: indicator.label })}
                    value={indicator.label}
                    onChange={(_, data) => dispatch({ type: "row", key: indicator.key, patch: { label: data.value } })}
                  />
                  {indicator.kind && !indicator.formula && (
                    <>
                      <Input
                        className={styles.small}
                        aria-label={message("ui.designer.row-unit", { label: indicator.label })}
                        value={indicator.unit ?? ""}
                        onChange={(_, data) => dispatch({ type: "row", key: indicator.key, patch: { unit: data.value } })}
                      />
                      <Select
                        aria-label={message("ui.designer.row-kind", { label: indicator.label })}
                        value={indicator.kind}
                        onChange={(_, data) => dispatch({ type: "row", key: indicator.key, patch: { kind: data.value as ValueKind } })}
                      >
                        {KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {message(`cli.kind.${kind}`)}
                          </option>
                        ))}
                      </Select>
                    </>
                  )}
                  {indicator.children?.length ? (
                    <Select
                      aria-label={message("ui.designer.row-breakdown", { label: indicator.label })}
                      value={indicator.breakdown}
                      onChange={(_, data) => dispatch({ type: "row", key: indicator.key, patch: { breakdown: data.value as BreakdownKind } })}
                    >
                      {BREAKDOWNS.map((kind) => (
                        <option key={kind} value={kind}>
                          {message(`cli.template-show.breakdown-${kind}`)}
                        </option>
                      ))}
                    </Select>
                  ) : null}
                </div>
              ))}
          </section>
          <section aria-label={message("ui.designer.columns")}>
            <Text weight="semibold">{message("ui.designer.columns")}</Text>
            {(template.columns ?? []).map((column) => (
              <div key={column.key} className={styles.row}>
                <Input
                  className={styles.label}
                  aria-label={message("ui.designer.column-label", { label: column.label })}
                  value={column.label}
                  onChange={(_, data) => dispatch({ type: "column", key: column.key, patch: { label: data.value } })}
                />
                <Select
                  aria-label={message("ui.designer.column-role", { label: column.label })}
                  value={column.role ?? ""}
                  onChange={(_, data) => dispatch({ type: "column", key: column.key, patch: { role: data.value ? (data.value as ColumnRole) : null } })}
                >
                  <option value="">{message("ui.designer.role-none")}</option>
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {ROLE_WORDS[role]}
                    </option>
                  ))}
                </Select>
              </div>
            ))}
          </section>
          {state.problems && (
            <Text className={styles.problems}>
              {message("ui.designer.invalid")}
              {"\n"}
              {state.problems}
            </Text>
          )}
          <div className={styles.row}>
            <Button appearance="primary" disabled={Boolean(state.problems) || operation.busy !== undefined} onClick={() => void bind()}>
              {message("ui.designer.bind")}
            </Button>
            <Button
              as="a"
              href={`data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(template, null, 2))}`}
              download={`${template.title}.json`}
            >
              {message("ui.designer.export")}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
