import Link from "next/link";
import type { MyShares, ShareTarget } from "@/lib/sharing/queries";
import { SCOPE_LABELS } from "@/lib/sharing/schema";
import { KIND_LABELS } from "@/lib/interview-session/schema";
import { CopyLinkButton } from "@/components/sharing/copy-link-button";
import { RevokeShareButton } from "@/components/sharing/revoke-share-button";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const STATUS_CLASS = { active: "text-bg-success", expired: "text-bg-secondary", revoked: "text-bg-danger" } as const;
const STATUS_LABEL = { active: "Active", expired: "Expired", revoked: "Revoked" } as const;

function TargetName({ target }: { target: ShareTarget }) {
  return (
    <>
      <span className="fw-semibold">{target.scope === "dashboard" ? "Your dashboard" : target.title}</span>
      <span className="d-block small text-body-secondary">
        {target.kind ? KIND_LABELS[target.kind] : SCOPE_LABELS[target.scope]}
        {target.date ? ` · ${dateFormat.format(target.date)} UTC` : ""}
      </span>
    </>
  );
}

function Status({ status }: { status: keyof typeof STATUS_LABEL }) {
  return <span className={`badge ${STATUS_CLASS[status]}`}>{STATUS_LABEL[status]}</span>;
}

/** The student's share links and instructor shares, each with its status and actions. */
export function ShareList({ shares }: { shares: MyShares }) {
  return (
    <>
      <section aria-labelledby="links-heading" className="mb-4">
        <h2 id="links-heading" className="h5">
          Share links
        </h2>
        {shares.links.length === 0 ? (
          <p className="text-body-secondary">No share links yet.</p>
        ) : (
          <ul className="list-group" data-testid="share-links">
            {shares.links.map((link) => (
              <li key={link.id} className="list-group-item" data-testid="share-link-row">
                <div className="d-flex flex-wrap justify-content-between gap-2">
                  <div className="text-break">
                    <TargetName target={link.target} />
                  </div>
                  <div>
                    <Status status={link.status} />
                  </div>
                </div>
                <div className="small text-body-secondary mt-1">
                  Created {dateFormat.format(link.createdAt)} UTC ·{" "}
                  {link.expiresAt ? `${link.status === "expired" ? "expired" : "expires"} ${dateFormat.format(link.expiresAt)} UTC` : "no expiry"}
                </div>
                {link.status === "active" ? (
                  <div className="d-flex flex-wrap align-items-center gap-2 mt-2">
                    <CopyLinkButton path={`/share/${link.token}`} />
                    <Link href={`/share/${link.token}`} className="btn btn-link btn-sm" target="_blank" rel="noopener">
                      Open<span className="visually-hidden"> shared view of {link.target.title}</span>
                    </Link>
                    <RevokeShareButton kind="link" id={link.id} what={`link to ${link.target.title}`} />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="instructors-heading" className="mb-4">
        <h2 id="instructors-heading" className="h5">
          Shared with instructors
        </h2>
        {shares.instructors.length === 0 ? (
          <p className="text-body-secondary">Nothing shared with an instructor yet.</p>
        ) : (
          <ul className="list-group" data-testid="instructor-shares">
            {shares.instructors.map((share) => (
              <li key={share.id} className="list-group-item" data-testid="instructor-share-row">
                <div className="d-flex flex-wrap justify-content-between gap-2">
                  <div className="text-break">
                    <TargetName target={share.target} />
                    <span className="d-block small">
                      with {share.instructor.name} ({share.instructor.email})
                    </span>
                  </div>
                  <div>
                    <Status status={share.status} />
                  </div>
                </div>
                {share.status === "active" ? (
                  <div className="mt-2">
                    <RevokeShareButton kind="instructor" id={share.id} what={`${share.target.title} shared with ${share.instructor.name}`} />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
