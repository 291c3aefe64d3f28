import { route } from "@/lib/api/handler";
import { SlugParams } from "@/lib/api/params";
import { NotFoundError } from "@/lib/errors";
import { renderGuidePdf } from "@/lib/resources/pdf";
import { getGuide } from "@/lib/resources/queries";

export const dynamic = "force-dynamic";

/**
 * GET → the guide as a PDF download. Guides are reference data, but like every
 * page of the library the download needs a logged-in user; rendering costs
 * some CPU, so each user gets a generous per-minute budget.
 */
export const GET = route(
  { params: SlugParams, rateLimit: { name: "resources-pdf", points: 30, durationSeconds: 60 } },
  async ({ params }) => {
    const guide = await getGuide(params.slug);
    if (!guide) throw new NotFoundError("Guide not found");
    const pdf = await renderGuidePdf(guide);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${guide.slug}.pdf"`,
        "Content-Length": String(pdf.byteLength),
      },
    });
  },
);
