import { startAvatarSessionRoute } from "@/lib/interview-session/api";

export const dynamic = "force-dynamic";

/** POST {role, level, company?, count} → {id, avatar: "local"|"did", questions: [{answerId, position, text, type}]}. */
export const POST = startAvatarSessionRoute;
