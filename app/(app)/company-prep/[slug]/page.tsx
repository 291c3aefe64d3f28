import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getCompanyProfile } from "@/lib/companies/queries";
import { getCompanyPrep } from "@/lib/company-prep/queries";
import { CompanyLooksFor, InterviewProcess } from "@/components/company-prep/company-profile";
import { PrepTracker } from "@/components/company-prep/prep-tracker";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const company = await getCompanyProfile((await params).slug);
  return { title: company ? `${company.name} preparation` : "Company not found" };
}

export default async function CompanyPrepDetailPage({ params }: { params: Params }) {
  const { slug } = await params;
  const user = await requireUser(`/company-prep/${slug}`);
  const prep = await getCompanyPrep(user.id, slug);
  if (!prep) notFound();
  const { company } = prep;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link href="/company-prep">← All companies</Link>
      </nav>
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-3 mb-4">
        <div>
          <h1 className="h2 mb-1">{company.name}</h1>
          <p className="text-body-secondary mb-0">
            {company.industry}
            {company.headquarters ? ` · ${company.headquarters}` : ""}
          </p>
        </div>
        <Link href={`/ai-interview?company=${encodeURIComponent(company.slug)}&format=mixed`} className="btn btn-primary">
          Practise for {company.name}
        </Link>
      </div>

      <InterviewProcess company={company} />

      <div className="row g-4">
        <div className="col-lg-8">
          <PrepTracker slug={company.slug} companyName={company.name} types={prep.types} />
        </div>
        <aside className="col-lg-4" aria-label={`What ${company.name} looks for`}>
          <CompanyLooksFor company={company} />
        </aside>
      </div>
    </>
  );
}
