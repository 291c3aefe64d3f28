import type { Heading, Nodes, Parents, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
// Brings in the `data.hProperties` typing that react-markdown's mdast → hast step reads.
import type {} from "mdast-util-to-hast";
import { tableFromParagraph } from "@/lib/resources/tables";

// One preparation of a guide's Markdown tree, shared by the page (as a remark
// plugin inside react-markdown) and the PDF (on a tree parsed here), so ids,
// tables and checklists come out the same in both.

export type TocEntry = { id: string; text: string };

const TASK = /^\[([ xX])\](?:\s+|$)/;

/** "What STAR is (and isn't)" → "what-star-is-and-isnt"; never empty. */
export function headingSlug(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9\s-]/g, "")
    .trim()
    .replace(/[\s-]+/g, "-");
  return slug || "section";
}

/** A list item starting "[ ] " or "[x] " becomes a checklist item (GFM's `checked`) without the brackets. */
function markTask(node: Nodes): void {
  if (node.type !== "listItem" || typeof node.checked === "boolean") return;
  const paragraph = node.children[0];
  const text = paragraph?.type === "paragraph" ? paragraph.children[0] : undefined;
  if (text?.type !== "text") return;
  const match = TASK.exec(text.value);
  if (!match) return;
  node.checked = match[1] !== " ";
  text.value = text.value.slice(match[0].length);
}

function visit(parent: Parents, each: (node: Nodes, parent: Parents, index: number) => void): void {
  parent.children.forEach((child, index) => {
    each(child, parent, index);
    if ("children" in child) visit(child, each);
  });
}

/** Adds heading ids (unique within the guide), pipe tables and checklists to a parsed tree, in place. */
export function prepareGuideTree(tree: Root): Root {
  const used = new Map<string, number>();
  visit(tree, (node, parent, index) => {
    if (node.type === "paragraph") {
      const table = tableFromParagraph(node);
      if (table) parent.children.splice(index, 1, table);
    } else if (node.type === "heading") {
      const base = headingSlug(toString(node));
      const seen = used.get(base) ?? 0;
      used.set(base, seen + 1);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: seen === 0 ? base : `${base}-${seen}` } };
    } else {
      markTask(node);
    }
  });
  return tree;
}

/** react-markdown's remarkPlugins entry. */
export function remarkGuide() {
  return (tree: Root) => {
    prepareGuideTree(tree);
  };
}

export function parseGuideMarkdown(markdown: string): Root {
  return prepareGuideTree(fromMarkdown(markdown));
}

export function headingId(heading: Heading): string | undefined {
  const id = heading.data?.hProperties?.id;
  return typeof id === "string" ? id : undefined;
}

/** The table of contents: every "##" heading with the id the page gives it. */
export function buildToc(tree: Root): TocEntry[] {
  return tree.children.flatMap((node) => {
    if (node.type !== "heading" || node.depth !== 2) return [];
    const id = headingId(node);
    return id ? [{ id, text: toString(node) }] : [];
  });
}
