import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import Markdown from "react-markdown";
import type { Nodes, Root } from "mdast";
import { describe, expect, it } from "vitest";
import { buildToc, headingSlug, parseGuideMarkdown, remarkGuide } from "@/lib/resources/markdown";
import { parseGuide } from "@/lib/resources/schema";

function html(markdown: string): string {
  return renderToStaticMarkup(createElement(Markdown, { remarkPlugins: [remarkGuide] }, markdown));
}

function allNodes(tree: Root): Nodes[] {
  const out: Nodes[] = [];
  const walk = (node: Nodes) => {
    out.push(node);
    if ("children" in node) node.children.forEach(walk);
  };
  walk(tree);
  return out;
}

describe("headingSlug", () => {
  it("lowercases, drops punctuation and joins words with hyphens", () => {
    expect(headingSlug("Step 3: Define the API (5 minutes)")).toBe("step-3-define-the-api-5-minutes");
    expect(headingSlug("What STAR isn't — really")).toBe("what-star-isnt-really");
    expect(headingSlug("Café résumé")).toBe("cafe-resume");
  });

  it("never returns an empty id", () => {
    expect(headingSlug("!!!")).toBe("section");
  });
});

describe("buildToc", () => {
  const markdown = [
    "Intro paragraph.",
    "## The four parts of `STAR`",
    "### Situation",
    "Text.",
    "## Tips *for* sounding natural",
    "## Checklist",
    "## Checklist",
  ].join("\n\n");

  it("lists the ## headings in order, with their text and unique ids; ### headings are left out", () => {
    expect(buildToc(parseGuideMarkdown(markdown))).toEqual([
      { id: "the-four-parts-of-star", text: "The four parts of STAR" },
      { id: "tips-for-sounding-natural", text: "Tips for sounding natural" },
      { id: "checklist", text: "Checklist" },
      { id: "checklist-1", text: "Checklist" },
    ]);
  });

  it("uses the same ids as the rendered headings, so every contents link has a target", () => {
    const page = html(markdown);
    for (const entry of buildToc(parseGuideMarkdown(markdown))) {
      expect(page).toContain(`<h2 id="${entry.id}">`);
    }
    expect(page).toContain('<h3 id="situation">Situation</h3>');
  });

  it("is empty for a guide without ## headings", () => {
    expect(buildToc(parseGuideMarkdown("# Title\n\nJust text.\n\n### Small"))).toEqual([]);
  });
});

describe("pipe tables", () => {
  it("become tables with a header row, body rows, alignment and inline formatting kept", () => {
    const page = html("| Part | Share |\n|:---|---:|\n| **Action** | ~60% |\n| `Result` | ~20% |");
    expect(page).toContain("<table>");
    expect(page).toContain('<th style="text-align:left">Part</th>');
    expect(page).toContain('<th style="text-align:right">Share</th>');
    expect(page).toContain('<td style="text-align:left"><strong>Action</strong></td>');
    expect(page).toContain("<code>Result</code>");
    expect(page).not.toContain("|");
  });

  it("pad short rows and keep deliberately empty cells", () => {
    const tree = parseGuideMarkdown("| A | B | C |\n|---|---|---|\n| x | | y |\n| only |");
    const table = tree.children[0];
    expect(table?.type).toBe("table");
    if (table?.type !== "table") return;
    expect(table.children.map((row) => row.children.map((cell) => (cell.children[0]?.type === "text" ? cell.children[0].value : "")))).toEqual([
      ["A", "B", "C"],
      ["x", "", "y"],
      ["only", "", ""],
    ]);
  });

  it("leave a paragraph that merely contains pipes alone", () => {
    const tree = parseGuideMarkdown("| not a table |\nbecause the second line is prose");
    expect(tree.children[0]?.type).toBe("paragraph");
    expect(html("a | b\n---|---")).not.toContain("<table>");
  });
});

describe("checklists", () => {
  it("mark [ ] and [x] items as unchecked and checked and remove the brackets", () => {
    const tree = parseGuideMarkdown("- [ ] Practise aloud\n- [x] Research the company\n- Plain item");
    const list = tree.children[0];
    expect(list?.type).toBe("list");
    if (list?.type !== "list") return;
    expect(list.children.map((item) => item.checked)).toEqual([false, true, null]);
    const page = html("- [ ] Practise aloud\n- [x] Research the company");
    expect(page).not.toContain("[ ]");
    expect(page).not.toContain("[x]");
    expect(page).toContain('class="contains-task-list"');
    expect(page).toMatch(/<input type="checkbox" disabled=""\/> Practise aloud/);
    expect(page).toMatch(/<input type="checkbox" disabled="" checked=""\/> Research the company/);
  });
});

it("does not render raw HTML from a guide", () => {
  const page = html('Hello <script>alert(1)</script> <img src=x onerror="alert(1)">\n\n[link](javascript:alert(1))');
  expect(page).not.toContain("<script");
  expect(page).not.toContain("<img");
  expect(page).not.toContain("javascript:");
});

describe("every seeded guide", () => {
  const dir = join(process.cwd(), "prisma", "data", "guides");
  const guides = readdirSync(dir).map((file) => parseGuide(readFileSync(join(dir, file), "utf8"), file));

  it.each(guides.map((guide) => [guide.slug, guide] as const))("%s has a contents list and no unrendered table or checklist syntax", (_slug, guide) => {
    const tree = parseGuideMarkdown(guide.body);
    const toc = buildToc(tree);
    expect(toc.length).toBe(guide.body.split("\n").filter((line) => line.startsWith("## ")).length);
    expect(toc.length).toBeGreaterThan(2);
    // Table and checklist syntax would be left as the start of a paragraph.
    const leftovers = allNodes(tree).filter(
      (node) => node.type === "paragraph" && node.children[0]?.type === "text" && /^(\||\[[ xX]\]\s)/.test(node.children[0].value),
    );
    expect(leftovers).toEqual([]);
  });
});
