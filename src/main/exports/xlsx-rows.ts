import type ExcelJS from 'exceljs';
import { columnLetter } from './xlsx-styles';

/**
 * Writes a sheet's rows as XML straight into exceljs's streaming worksheet, while exceljs still
 * writes everything around them: the package, styles, workbook and defined names, the sheet's
 * views, columns, merges, page setup, header and footer.
 *
 * Why not exceljs's own rows: (1) it writes text without shared strings as `t="str"`, the type
 * of a formula's cached result, which LibreOffice shows without its line breaks ("- A\n- B" on
 * one line) and without leading spaces, and which exceljs's reader decodes twice ("&lt;" comes
 * back as "<"); text here is an inline string (`t="inlineStr"`), the type meant for it. (2) Its
 * per-cell objects cost about 3.5 µs a cell, too slow for 100,000 honorees on two sheets.
 *
 * Relies on these parts of exceljs 4.4.0's streaming writer, checked by tests/exports: the
 * worksheet's `stream` and `_merges`, and the style manager's `addStyleModel`.
 */

export type CellValue = string | number | null;

interface StyleManager {
  addStyleModel(style: Partial<ExcelJS.Style>): number;
}

/** A stream of archiver's (readable-stream 2, without `writableLength`): what it holds. */
interface PipeState {
  _writableState?: { length: number };
  _readableState?: { length: number };
}

/** exceljs's StreamBuf: what is written waits in `buffers` until the zip entry pipes it on. */
interface SheetStream {
  write(text: string): unknown;
  buffers: unknown[];
  pipes: PipeState[];
}

const held = (pipe: PipeState): number =>
  (pipe._writableState?.length ?? 0) + (pipe._readableState?.length ?? 0);

interface SheetInternals {
  stream: SheetStream;
  _merges: string[];
}

// exceljs's StreamBuf holds data in buffers of this size before the zip takes it.
const STREAM_BUFFER_BYTES = 65_536;
// Uncompressed XML allowed to wait for compression before the writer pauses.
const BACKLOG_LIMIT = 1024 * 1024;

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

// Characters XML 1.0 forbids (control characters, unpaired surrogates, U+FFFE/U+FFFF): dropped.
// The control characters are the point of these two patterns.
/* eslint-disable no-control-regex */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_WORK = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/* eslint-enable no-control-regex */

/** Space, tab or line break: XML drops them at the edges of a text unless told to keep them. */
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

/** Text as XML character data: escaped, and without the characters XML cannot carry. */
export function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A string cell's body: always text, whatever it starts with ("=", "+", "-", "@", a tab). */
function inlineString(text: string): string {
  const edge = isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1));
  const space = edge ? ' xml:space="preserve"' : '';
  return ` t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
}

// Rows gathered before one write into the sheet's stream.
const ROWS_PER_WRITE = 200;

export class SheetRows {
  private readonly styleIds = new Map<Partial<ExcelJS.Style>, number>();
  private readonly letters: string[] = [];
  private pending: string[] = [];
  private readonly internals: SheetInternals;
  private readonly styles: StyleManager;

  constructor(
    workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly sheet: ExcelJS.Worksheet,
    /** Aborted when the file cannot be written: stops the wait in `settle`. */
    private readonly failed: AbortSignal,
  ) {
    this.styles = (workbook as unknown as { styles: StyleManager }).styles;
    this.internals = sheet as unknown as SheetInternals;
    // Committing an empty first row is how exceljs's public API makes the writer emit the
    // column widths and open <sheetData>; the rows that follow are written here.
    sheet.getRow(1).commit();
  }

  /** The style's index in styles.xml; each style object is registered once. */
  styleId(style: Partial<ExcelJS.Style>): number {
    let id = this.styleIds.get(style);
    if (id === undefined) {
      id = this.styles.addStyleModel(style);
      this.styleIds.set(style, id);
    }
    return id;
  }

  private letter(column: number): string {
    let letters = this.letters[column];
    if (letters === undefined) {
      letters = columnLetter(column);
      this.letters[column] = letters;
    }
    return letters;
  }

  /**
   * Row `rowNumber` (ascending, each once) with `values[i]` in column i + 1, styled `styles[i]`
   * (a style id). Null values keep their style (borders) and hold nothing; numbers are numbers,
   * strings are text. `height` in points, or undefined to leave the row's height to the viewer.
   */
  row(rowNumber: number, values: readonly CellValue[], styles: readonly number[], height?: number): void {
    let xml =
      height === undefined
        ? `<row r="${rowNumber}">`
        : `<row r="${rowNumber}" ht="${height}" customHeight="1">`;
    for (let i = 0; i < values.length; i++) {
      const value = values[i] ?? null;
      const style = styles[i] ?? 0;
      if (value === null && style === 0) continue;
      xml += `<c r="${this.letter(i + 1)}${rowNumber}"${style === 0 ? '' : ` s="${style}"`}`;
      if (value === null) xml += '/>';
      else if (typeof value === 'number') xml += `><v>${value}</v></c>`;
      else xml += inlineString(value);
    }
    this.pending.push(`${xml}</row>`);
    if (this.pending.length >= ROWS_PER_WRITE) this.flush();
  }

  /** Merges columns first..last of one row. */
  merge(rowNumber: number, first: number, last: number): void {
    if (last <= first) return;
    this.internals._merges.push(`${this.letter(first)}${rowNumber}:${this.letter(last)}${rowNumber}`);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.internals.stream.write(this.pending.join(''));
    this.pending = [];
  }

  /**
   * Waits while too much written XML waits for compression. exceljs's stream ignores
   * back-pressure, so without this a sheet of 100,000 rows piles up in memory before the zip.
   */
  async settle(): Promise<void> {
    this.flush();
    const stream = this.internals.stream;
    for (;;) {
      this.failed.throwIfAborted();
      const pipe = stream.pipes[0];
      if (pipe === undefined) {
        // Not yet taken by the zip (an earlier entry is still compressing): it holds the data.
        if (stream.buffers.length * STREAM_BUFFER_BYTES <= BACKLOG_LIMIT) return;
      } else if (held(pipe) <= BACKLOG_LIMIT) {
        // Piped: the stream passes its buffers on at the next write, so stop waiting here.
        return;
      }
      await pause();
    }
  }

  /** Writes what is pending and closes the sheet (merges, page setup and footer follow the rows). */
  commit(): void {
    this.flush();
    this.sheet.commit();
  }
}
