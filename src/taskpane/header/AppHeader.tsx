import { Badge, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { message } from "../../core/locale";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** The product name and where it runs: inside Excel, or as the browser page. */
export function AppHeader(props: { mode: "excel" | "browser" }) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <Title3 as="h1" block>
        {message("ui.app-title")}
      </Title3>
      <Badge appearance="tint" color={props.mode === "excel" ? "success" : "informative"} data-testid="mode-badge">
        {message(props.mode === "excel" ? "ui.mode-excel" : "ui.mode-browser")}
      </Badge>
    </header>
  );
}
