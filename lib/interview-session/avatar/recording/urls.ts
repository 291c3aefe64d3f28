// Where the browser fetches a recording. A plain module, not the "use client"
// player's: server components (the session, review and share pages) build these.

/** Where the owner, and an instructor the session was shared with, fetch a session's recording. */
export function recordingSrc(sessionId: string): string {
  return `/api/avatar-interview/sessions/${encodeURIComponent(sessionId)}/recording`;
}

/** Where a share-link visitor fetches the recording: the link's token authorizes every request. */
export function sharedRecordingSrc(token: string): string {
  return `/api/share/${encodeURIComponent(token)}/recording`;
}
