import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listCompaniesForPicker } from "@/lib/company-prep/queries";
import { CompanyPicker } from "@/components/company-prep/company-picker";

export const metadata: Metadata = { title: "Company preparation" };

export default async function CompanyPrepPage() {
  const user = await requireUser("/company-prep");
  const companies = await listCompaniesForPicker(user.id);
  return (
    <>
      <h1 className="h2 mb-1">Company preparation</h1>
      <p className="text-body-secondary mb-4">
        Learn how a company interviews, then work through its behavioural, technical, system design and culture checklists.
      </p>
      <CompanyPicker preparing={companies.preparing} others={companies.others} />
    </>
  );
}
