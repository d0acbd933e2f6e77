import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { message } from "../../core/locale";
import { sectionPieces, type EntityPhrase, type NarrativeSpec, type Piece } from "../../core/narrative";

const useStyles = makeStyles({
  paragraph: {
    margin: 0,
    lineHeight: tokens.lineHeightBase400,
    fontSize: tokens.fontSizeBase400,
    // Indented like the first line of a paragraph in a Chinese report.
    textIndent: "2em",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  entity: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
  empty: { color: tokens.colorNeutralForeground3 },
});

const GLYPH = { up: "▲", down: "▼" } as const;

/**
 * The narrative as the clerk will read it: the figures and names emphasised, a rise green ▲ and a fall
 * red ▼. Every word is a React text node — unit names and cell text are never read as markup — and the
 * words are exactly renderPlainText's, the text that is copied and written.
 */
export function NarrativeParagraph(props: { spec: NarrativeSpec; label?: string }) {
  const styles = useStyles();
  const sections = props.spec.sections.map((section) => sectionPieces(section)).filter((pieces) => pieces.length > 0);
  return (
    <section aria-label={props.label ?? message("ui.narrative.preview")}>
      {sections.length === 0 ? (
        <Text className={styles.empty}>{message("ui.narrative.preview-empty")}</Text>
      ) : (
        <p className={styles.paragraph} data-testid="narrative-paragraph">
          {sections.map((pieces, i) => (
            <span key={i}>
              {pieces.map((piece, j) => (
                <PieceView key={j} piece={piece} />
              ))}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}

/** A piece of core's layout, the one every renderer shares: the words are exactly renderPlainText's. */
function PieceView(props: { piece: Piece }) {
  const styles = useStyles();
  const { piece } = props;
  if (piece.emphasis === "title") return <strong className={styles.title}>{piece.text}</strong>;
  if (piece.emphasis === "entity") return <Figure phrase={piece.phrase} />;
  return <>{piece.text}</>;
}

function Figure(props: { phrase: EntityPhrase }) {
  const styles = useStyles();
  const { phrase } = props;
  const trend = phrase.trend === "up" || phrase.trend === "down" ? phrase.trend : undefined;
  return (
    <strong
      className={mergeClasses(styles.entity, trend && styles[trend])}
      data-kind={phrase.kind}
      data-trend={phrase.trend}
      title={figureTitle(phrase) || undefined}
    >
      {phrase.text}
      {trend && (
        // The arrow is a picture of the words beside it (增长/下降): screen readers read the words alone.
        <span aria-hidden="true" data-glyph="">
          {GLYPH[trend]}
        </span>
      )}
    </strong>
  );
}

/** What a figure's tooltip says: its trend, the raw number behind the rounded text, and where it was read. */
function figureTitle(phrase: EntityPhrase): string {
  const parts: string[] = [];
  if (phrase.trend) parts.push(message(`ui.narrative.trend-${phrase.trend}`));
  if (phrase.value !== undefined) parts.push(message("ui.narrative.figure-value", { value: `${phrase.value}${phrase.unit ?? ""}` }));
  if (phrase.source?.sheet && phrase.source.cell) parts.push(message("ui.narrative.figure-source", { sheet: phrase.source.sheet, cell: phrase.source.cell }));
  return parts.join("；");
}
