"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createShareLinkAction, shareWithInstructorAction } from "@/lib/sharing/actions";
import type { ShareableSession } from "@/lib/sharing/queries";
import { EXPIRY_CHOICES, EXPIRY_LABELS, type ShareScopeValue } from "@/lib/sharing/schema";
import { KIND_LABELS } from "@/lib/interview-session/schema";
import { idle } from "@/lib/actions/state";
import { FormAlert } from "@/components/ui/form-alert";
import { CopyLinkButton } from "@/components/sharing/copy-link-button";

type Props = {
  sessions: ShareableSession[];
  /** Pre-selected target, e.g. from a session page's Share button: "dashboard" or "session:<id>". */
  initialTarget?: string;
};

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

function splitTarget(value: string): { scope: ShareScopeValue; sessionId: string } {
  const [scope, sessionId = ""] = value.split(":") as [ShareScopeValue, string?];
  return { scope, sessionId };
}

/** Share the dashboard or one session, by link (optional expiry) or with an instructor by email. */
export function ShareForm({ sessions, initialTarget = "dashboard" }: Props) {
  const router = useRouter();
  const [target, setTarget] = useState(initialTarget);
  const [method, setMethod] = useState<"link" | "instructor">("link");
  const [expiresInDays, setExpiresInDays] = useState<(typeof EXPIRY_CHOICES)[number]>("");
  const [email, setEmail] = useState("");
  const [pending, setPending] = useState(false);
  const [alert, setAlert] = useState<{ kind: "error" | "success"; message: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [newLink, setNewLink] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setAlert(null);
    setErrors({});
    setNewLink(null);
    try {
      const base = splitTarget(target);
      if (method === "link") {
        const state = await createShareLinkAction(idle, { ...base, expiresInDays });
        if (state.status === "error") {
          setErrors(state.fieldErrors);
          setAlert({ kind: "error", message: state.message });
        } else if (state.status === "success") {
          setNewLink(`/share/${state.data.token}`);
          setAlert({ kind: "success", message: "Link created. Anyone with it can view what you shared, read-only, until it expires or you revoke it." });
        }
      } else {
        const state = await shareWithInstructorAction(idle, { ...base, email });
        if (state.status === "error") {
          setErrors(state.fieldErrors);
          setAlert({ kind: "error", message: state.message });
        } else if (state.status === "success") {
          setEmail("");
          setAlert({
            kind: "success",
            message: state.data.created ? `Shared with ${state.data.instructorName}.` : `Already shared with ${state.data.instructorName}.`,
          });
        }
      }
      router.refresh();
    } catch {
      setAlert({ kind: "error", message: "We could not reach the server. Nothing was shared; try again." });
    } finally {
      setPending(false);
    }
  }

  const targetError = errors.sessionId?.[0] ?? errors.scope?.[0];
  const sharesVideo = sessions.some((session) => session.kind === "avatar" && target === `session:${session.id}`);
  const emailError = errors.email?.[0];
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Share your practice" className="card card-body mb-4">
      <FormAlert kind={alert?.kind ?? "error"} message={alert?.message} />
      {newLink ? (
        <div className="mb-3">
          <label htmlFor="new-link" className="form-label">
            Your new link
          </label>
          <input id="new-link" className="form-control mb-2" readOnly value={newLink} data-testid="new-share-link" />
          <CopyLinkButton path={newLink} />
        </div>
      ) : null}
      <div className="mb-3">
        <label htmlFor="share-target" className="form-label">
          What to share
        </label>
        <select
          id="share-target"
          className={`form-select${targetError ? " is-invalid" : ""}`}
          value={target}
          onChange={(event) => setTarget(event.target.value)}
          aria-invalid={targetError ? true : undefined}
          aria-describedby={targetError ? "share-target-error" : undefined}
        >
          <option value="dashboard">My dashboard (summary figures)</option>
          {sessions.map((session) => (
            <option key={session.id} value={`session:${session.id}`}>
              {KIND_LABELS[session.kind]}: {session.title} ({dateFormat.format(session.date)})
            </option>
          ))}
        </select>
        {targetError ? (
          <div id="share-target-error" className="invalid-feedback d-block">
            {targetError}
          </div>
        ) : null}
      </div>
      <fieldset className="mb-3">
        <legend className="form-label fs-6">Share with</legend>
        <div className="form-check">
          <input className="form-check-input" type="radio" name="method" id="method-link" checked={method === "link"} onChange={() => setMethod("link")} />
          <label className="form-check-label" htmlFor="method-link">
            Anyone with a link (read-only)
          </label>
        </div>
        <div className="form-check">
          <input
            className="form-check-input"
            type="radio"
            name="method"
            id="method-instructor"
            checked={method === "instructor"}
            onChange={() => setMethod("instructor")}
          />
          <label className="form-check-label" htmlFor="method-instructor">
            A registered instructor (they can also leave a review)
          </label>
        </div>
      </fieldset>
      {sharesVideo ? (
        // Watching someone's face is more than reading their answers: say so before the link exists (docs/decisions/029).
        <p className="small alert alert-info py-2" data-testid="share-video-note">
          {method === "link"
            ? "This is a video interview: anyone with the link can watch its recording until the link expires or you revoke it."
            : "This is a video interview: the instructor can watch its recording until you stop sharing."}
        </p>
      ) : null}
      {method === "link" ? (
        <div className="mb-3">
          <label htmlFor="share-expiry" className="form-label">
            Link expires
          </label>
          <select
            id="share-expiry"
            className="form-select"
            value={expiresInDays}
            onChange={(event) => setExpiresInDays(event.target.value as (typeof EXPIRY_CHOICES)[number])}
          >
            {EXPIRY_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {EXPIRY_LABELS[choice]}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div className="mb-3">
          <label htmlFor="share-email" className="form-label">
            Instructor&apos;s email
          </label>
          <input
            id="share-email"
            type="email"
            autoComplete="off"
            className={`form-control${emailError ? " is-invalid" : ""}`}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={`share-email-hint${emailError ? " share-email-error" : ""}`}
          />
          <div id="share-email-hint" className="form-text">
            The email they registered with as an instructor.
          </div>
          {emailError ? (
            <div id="share-email-error" className="invalid-feedback d-block">
              {emailError}
            </div>
          ) : null}
        </div>
      )}
      <div>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? "Sharing…" : method === "link" ? "Create link" : "Share with instructor"}
        </button>
      </div>
    </form>
  );
}
