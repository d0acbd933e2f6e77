import { Divider, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Fluent's Divider grows (flex-grow: 1): in the pane's column layouts it stretched to a band of blank
  // space some 200 px high. A divider here is a line, no more.
  line: { flexGrow: 0, flexShrink: 0 },
});

/** A horizontal line between parts of a view, taking no more height than the line. */
export function PaneDivider() {
  return <Divider className={useStyles().line} />;
}
