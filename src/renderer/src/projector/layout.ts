/** 14:05:09 on the hall's clock. */
export function clockText(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}`;
}

/** "12:05" since the item started, or how far past its planned minutes it has run. */
export function elapsedText(
  actualStart: string,
  durationMinutes: number,
  now: Date,
): { text: string; over: boolean } {
  const elapsedSeconds = Math.max(0, Math.floor((now.getTime() - Date.parse(actualStart)) / 1000));
  const overSeconds = elapsedSeconds - durationMinutes * 60;
  const over = overSeconds > 0;
  const seconds = over ? overSeconds : elapsedSeconds;
  const minutes = Math.floor(seconds / 60);
  return { text: `${minutes}:${String(seconds % 60).padStart(2, '0')}`, over };
}

/** Share of the screen's height the list of names may take, below the invitation and the form. */
const NAMES_HEIGHT_CQH = 60;
const NAMES_WIDTH_CQW = 90;
const COLUMN_GAP_CQW = 3;
/** A long Vietnamese name (five or six words, ~25 letters) is about 16 em wide in bold. */
const NAME_WIDTH_EM = 16;

/**
 * Columns and type sizes for a batch of names: one column for a handful, two or three for a
 * full line-up, each name sized to the smaller of its row's height and its column's width.
 */
export function namesLayout(count: number): {
  columns: number;
  rows: number;
  nameSize: string;
  detailSize: string;
} {
  const columns = count <= 5 ? 1 : count <= 16 ? 2 : 3;
  const rows = Math.max(1, Math.ceil(count / columns));
  const rowHeight = NAMES_HEIGHT_CQH / Math.max(rows, 3);
  const columnWidth = (NAMES_WIDTH_CQW - COLUMN_GAP_CQW * (columns - 1)) / columns;
  // A name line and up to two lines of position and unit share the row.
  const byHeight = rowHeight * 0.42;
  const byWidth = Math.min(columnWidth / NAME_WIDTH_EM, 5);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    columns,
    rows,
    nameSize: `min(${round(byHeight)}cqh, ${round(byWidth)}cqw)`,
    detailSize: `min(${round(byHeight * 0.55)}cqh, ${round(byWidth * 0.55)}cqw)`,
  };
}
