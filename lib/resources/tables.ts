import type { AlignType, Paragraph, PhrasingContent, Table } from "mdast";

// GitHub-style pipe tables without remark-gfm (not installed): CommonMark reads
// a table as one paragraph whose lines hold "|"-separated cells, so this turns
// such a paragraph back into an mdast `table` node, which both react-markdown
// and the PDF walker already know how to render.

type Cell = PhrasingContent[];

const DELIMITER = /^:?-+:?$/;

/** Splits a paragraph's inline content into lines, then cells; inline code, emphasis and links stay whole. */
function splitRows(children: PhrasingContent[]): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let cell: Cell = [];
  const endCell = () => {
    row.push(cell);
    cell = [];
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (const node of children) {
    if (node.type === "break") {
      endRow();
    } else if (node.type !== "text") {
      cell.push(node);
    } else {
      node.value.split("\n").forEach((line, lineIndex) => {
        if (lineIndex > 0) endRow();
        line.split("|").forEach((part, partIndex) => {
          if (partIndex > 0) endCell();
          if (part) cell.push({ type: "text", value: part });
        });
      });
    }
  }
  endRow();
  // A leading or trailing pipe leaves an empty cell outside the table; "| |" (a space) is a real empty cell.
  return rows.map((cells) => {
    const trimmed = [...cells];
    if (trimmed.length > 1 && trimmed[0]!.length === 0) trimmed.shift();
    if (trimmed.length > 1 && trimmed[trimmed.length - 1]!.length === 0) trimmed.pop();
    return trimmed.map(trimCell);
  });
}

function trimCell(cell: Cell): Cell {
  const nodes = cell.map((node) => ({ ...node }));
  const first = nodes[0];
  if (first?.type === "text") first.value = first.value.trimStart();
  const last = nodes[nodes.length - 1];
  if (last?.type === "text") last.value = last.value.trimEnd();
  return nodes.filter((node) => node.type !== "text" || node.value !== "");
}

function delimiterOf(cell: Cell): AlignType | undefined | false {
  const only = cell[0];
  if (cell.length !== 1 || only?.type !== "text") return false;
  const value = only.value.replace(/\s+/g, "");
  if (!DELIMITER.test(value)) return false;
  const left = value.startsWith(":");
  const right = value.endsWith(":");
  return left && right ? "center" : left ? "left" : right ? "right" : null;
}

/** The table a paragraph spells out, or null when it is an ordinary paragraph. */
export function tableFromParagraph(paragraph: Paragraph): Table | null {
  const first = paragraph.children[0];
  if (first?.type !== "text" || !first.value.startsWith("|")) return null;
  const rows = splitRows(paragraph.children);
  if (rows.length < 2) return null;
  const [header, delimiters, ...body] = rows as [Cell[], Cell[], ...Cell[][]];
  const align = delimiters.map(delimiterOf);
  if (align.some((value) => value === false) || align.length !== header.length) return null;
  const columns = header.length;
  // Like GitHub: short rows are padded, long ones cut to the header's width.
  const sized = (cells: Cell[]) => Array.from({ length: columns }, (_, index) => cells[index] ?? []);
  return {
    type: "table",
    align: align.map((value) => (value === false ? null : (value ?? null))),
    children: [header, ...body].map((cells) => ({
      type: "tableRow",
      children: sized(cells).map((children) => ({ type: "tableCell", children })),
    })),
    position: paragraph.position,
  };
}
