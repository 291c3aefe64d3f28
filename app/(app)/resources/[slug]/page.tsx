import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { buildToc, parseGuideMarkdown } from "@/lib/resources/markdown";
import { getGuide, listRelatedGuides } from "@/lib/resources/queries";
import { GuideBadges } from "@/components/resources/guide-badges";
import { GuideBody } from "@/components/resources/guide-body";
import { RelatedGuides } from "@/components/resources/related-guides";
import { TableOfContents } from "@/components/resources/table-of-contents";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const guide = await getGuide((await params).slug);
  return guide ? { title: guide.title, description: guide.summary } : { title: "Guide not found" };
}

export default async function GuidePage({ params }: { params: Params }) {
  const { slug } = await params;
  await requireUser(`/resources/${slug}`);
  const guide = await getGuide(slug);
  if (!guide) notFound();
  const related = await listRelatedGuides(guide);
  const toc = buildToc(parseGuideMarkdown(guide.body));

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link href="/resources">← All guides</Link>
      </nav>
      <header className="mb-4">
        <h1 id="guide-title" className="h2 mb-2">{guide.title}</h1>
        <p className="lead fs-6 mb-2">{guide.summary}</p>
        <div className="d-flex flex-wrap align-items-center gap-3">
          <GuideBadges topic={guide.topic} level={guide.level} readingMinutes={guide.readingMinutes} />
          {/* A plain link: the file comes from a route handler, not a page. */}
          <a href={`/api/resources/${guide.slug}/pdf`} download={`${guide.slug}.pdf`} className="btn btn-outline-primary btn-sm">
            Download PDF
          </a>
        </div>
      </header>
      <div className="row g-4">
        {/* First in the source, so on a phone the contents come before the text. */}
        <aside className="col-lg-4 order-lg-2">
          <TableOfContents entries={toc} />
        </aside>
        <div className="col-lg-8 order-lg-1">
          <article aria-labelledby="guide-title">
            <GuideBody markdown={guide.body} />
          </article>
          <RelatedGuides topic={guide.topic} guides={related} />
        </div>
      </div>
    </>
  );
}
