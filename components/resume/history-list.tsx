import Link from "next/link";
import type { ResumeVersion } from "@/lib/resume/queries";
import { VersionActions } from "@/components/resume/version-actions";
import { ScoreBadge } from "@/components/resume/score-badge";
import { formatBytes } from "@/lib/resume/format";

export function HistoryList({ versions }: { versions: ResumeVersion[] }) {
  if (versions.length === 0) {
    return <p className="text-body-secondary">No resumes yet. Upload one above; each upload is kept as a new version you can compare and switch between.</p>;
  }
  return (
    <ul className="list-group" aria-label="Resume versions">
      {versions.map((version) => (
        <li key={version.id} className="list-group-item" data-testid="resume-version">
          <div className="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-2">
            <div className="text-break">
              <Link href={`/resume/${version.id}`} className="fw-semibold">
                Version {version.version}
              </Link>
              {version.isActive ? <span className="badge text-bg-success ms-2">Active</span> : null}
              <div className="small">{version.originalFilename ?? "resume"}</div>
              <div className="small text-body-secondary">
                Uploaded {version.uploadedAt.toLocaleDateString("en", { dateStyle: "medium" })} · {version.fileType?.toUpperCase()} ·{" "}
                {formatBytes(version.fileSize)}
              </div>
            </div>
            <ScoreBadge score={version.analysisScore} />
          </div>
          <VersionActions
            id={version.id}
            version={version.version}
            filename={version.filename}
            originalFilename={version.originalFilename}
            isActive={version.isActive}
          />
        </li>
      ))}
    </ul>
  );
}
