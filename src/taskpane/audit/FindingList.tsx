import { Badge, Button, Caption1, Subtitle2, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { message } from "../../core/locale";
import type { Severity } from "../../core/template";
import { findingFix, findingMessage, severityName } from "../../core/validate";
import { AcceptNote } from "./AcceptNote";
import type { AuditItem } from "../../app";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: {
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  selected: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  // The whole finding is one button: a click (or Enter) takes the clerk to its cell.
  target: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    padding: 0,
    border: "none",
    background: "none",
    textAlign: "left",
    font: "inherit",
    color: "inherit",
    cursor: "pointer",
  },
  line: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  badge: { flexShrink: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  accepted: { color: tokens.colorPaletteGreenForeground1 },
});

const ORDER: Severity[] = ["error", "verify", "hint"];
const BADGE_COLOR = { error: "danger", verify: "warning", hint: "informative" } as const;

export interface FindingListProps {
  items: readonly AuditItem[];
  selected?: string;
  accepting?: string;
  accepted: Record<string, { cell: string; note: string }>;
  busy: boolean;
  onSelect: (item: AuditItem) => void;
  onAccepting: (id?: string) => void;
  onAccept: (item: AuditItem, note: string) => void;
}

/** The findings in groups by severity (错误, 核实, 提示), each with its words, its place and, for 核实, a 说明. */
export function FindingList(props: FindingListProps) {
  const styles = useStyles();
  return (
    <>
      {ORDER.map((severity) => {
        const items = props.items.filter((i) => i.finding.severity === severity);
        return items.length ? <Group key={severity} severity={severity} items={items} list={props} styles={styles} /> : null;
      })}
    </>
  );
}

function Group(props: { severity: Severity; items: AuditItem[]; list: FindingListProps; styles: ReturnType<typeof useStyles> }) {
  const { styles, list } = props;
  const heading = useId();
  return (
    <section className={styles.group} aria-labelledby={heading}>
      <Subtitle2 as="h3" id={heading}>
        {message("ui.audit.group", { severity: severityName(props.severity), count: props.items.length })}
      </Subtitle2>
      <ul className={styles.list}>
        {props.items.map((item) => (
          <Item key={item.id} item={item} list={list} styles={styles} />
        ))}
      </ul>
    </section>
  );
}

function Item(props: { item: AuditItem; list: FindingListProps; styles: ReturnType<typeof useStyles> }) {
  const { item, list, styles } = props;
  const { finding, note } = item;
  const fix = findingFix(finding);
  const selected = list.selected === item.id;
  const accepted = list.accepted[item.id];
  const location = finding.location.file
    ? message("ui.audit.location-file", { field: finding.indicator, file: finding.location.file, sheet: finding.location.sheet, cell: finding.location.cell })
    : message("ui.audit.location", { field: finding.indicator, sheet: finding.location.sheet, cell: finding.location.cell });
  return (
    <li className={mergeClasses(styles.item, selected && styles.selected)} data-finding={finding.code}>
      <button type="button" className={styles.target} aria-current={selected ? "true" : undefined} onClick={() => list.onSelect(item)}>
        <span className={styles.line}>
          <Badge className={styles.badge} size="small" appearance="tint" color={BADGE_COLOR[finding.severity]}>
            {severityName(finding.severity)}
          </Badge>
          <Text>{findingMessage(finding)}</Text>
        </span>
        <Caption1 className={styles.muted}>{location}</Caption1>
        {fix && <Caption1 className={styles.muted}>{message("ui.audit.fix", { fix })}</Caption1>}
      </button>
      {note && !accepted && note.text && list.accepting !== item.id && (
        <Caption1 className={styles.muted}>{message("ui.audit.note-existing", { cell: note.cell, text: note.text })}</Caption1>
      )}
      {note && !accepted && list.accepting !== item.id && (
        <Button size="small" appearance="secondary" disabled={list.busy} onClick={() => list.onAccepting(item.id)}>
          {message("ui.audit.accept")}
        </Button>
      )}
      {note && list.accepting === item.id && (
        <AcceptNote
          cell={note.cell}
          initial={note.text}
          busy={list.busy}
          onAccept={(text) => list.onAccept(item, text)}
          onCancel={() => list.onAccepting(undefined)}
        />
      )}
      {accepted && (
        <Caption1 className={styles.accepted}>{message("ui.audit.accepted", { cell: accepted.cell, note: accepted.note })}</Caption1>
      )}
    </li>
  );
}
