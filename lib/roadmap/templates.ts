import "server-only";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { RoleTemplateSchema, type RoleTemplate } from "@/lib/roadmap/schema";

// The curated role templates are data, not code: JSON files in
// prisma/data/roadmaps/, read and validated at run time so they can be edited
// without a rebuild (a restart picks them up).

const TEMPLATE_DIR = join(process.cwd(), "prisma", "data", "roadmaps");

let cached: Promise<RoleTemplate[]> | undefined;

async function readTemplates(dir: string): Promise<RoleTemplate[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith(".json")).sort();
  const templates = await Promise.all(
    files.map(async (file) => {
      const parsed = RoleTemplateSchema.safeParse(JSON.parse(await readFile(join(dir, file), "utf8")));
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
        throw new Error(`Roadmap template ${file} is invalid: ${problems}`);
      }
      if (`${parsed.data.slug}.json` !== file) throw new Error(`Roadmap template ${file} must be named after its slug (${parsed.data.slug})`);
      return parsed.data;
    }),
  );
  if (templates.length === 0) throw new Error(`No roadmap templates found in ${dir}`);
  return templates;
}

/** Every template, validated; read once per process. */
export function loadTemplates(dir = TEMPLATE_DIR): Promise<RoleTemplate[]> {
  if (dir !== TEMPLATE_DIR) return readTemplates(dir);
  cached ??= readTemplates(dir).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/** What the form's role list needs. */
export async function templateOptions(): Promise<{ slug: string; title: string }[]> {
  return (await loadTemplates()).map(({ slug, title }) => ({ slug, title }));
}
