/**
 * The in-browser interviewer: a drawn face whose mouth moves while it speaks.
 * The mouth animation uses SVG's own <animate>, so no script runs per frame;
 * users who ask for reduced motion get a still, open mouth instead.
 */
export function AvatarFace({ speaking, reducedMotion }: { speaking: boolean; reducedMotion: boolean }) {
  return (
    <svg
      viewBox="0 0 120 120"
      width="160"
      height="160"
      role="img"
      aria-label="Interviewer avatar"
      className="d-block mx-auto"
      style={{ maxWidth: "100%", height: "auto" }}
    >
      <circle cx="60" cy="60" r="56" fill="#e9ecef" />
      <path d="M22 52 C22 20 98 20 98 52 L98 44 C92 14 28 14 22 44 Z" fill="#495057" />
      <ellipse cx="60" cy="64" rx="34" ry="40" fill="#f1c6a5" />
      <path d="M26 50 C30 22 90 22 94 50 C86 34 34 34 26 50 Z" fill="#495057" />
      <ellipse cx="46" cy="58" rx="4" ry={speaking ? 4 : 4} fill="#212529">
        {speaking && !reducedMotion ? (
          <animate attributeName="ry" values="4;4;0.6;4" keyTimes="0;0.9;0.95;1" dur="3s" repeatCount="indefinite" />
        ) : null}
      </ellipse>
      <ellipse cx="74" cy="58" rx="4" ry="4" fill="#212529">
        {speaking && !reducedMotion ? (
          <animate attributeName="ry" values="4;4;0.6;4" keyTimes="0;0.9;0.95;1" dur="3s" repeatCount="indefinite" />
        ) : null}
      </ellipse>
      <path
        d="M40 48 Q46 45 52 48 M68 48 Q74 45 80 48"
        stroke="#495057"
        strokeWidth="2"
        fill="none"
        strokeLinecap="round"
      />
      <path d="M60 62 L57 74 L62 74" stroke="#c99878" strokeWidth="2" fill="none" strokeLinecap="round" />
      <ellipse data-testid="avatar-mouth" cx="60" cy="86" rx="10" ry={speaking ? 5 : 1.5} fill="#8a3b3b">
        {speaking && !reducedMotion ? (
          <animate attributeName="ry" values="1.5;6;2.5;7;3;5.5;1.5" dur="0.9s" repeatCount="indefinite" />
        ) : null}
      </ellipse>
    </svg>
  );
}
