"use server";
import { action } from "@/lib/actions/action";
import { now } from "@/lib/clock";
import { LogAttemptSchema } from "@/lib/dsa/schema";
import { logAttempt } from "@/lib/dsa/service";
import { formatDay, relativeDay } from "@/lib/dsa/format";

export const logAttemptAction = action(
  { schema: LogAttemptSchema, revalidate: ["/dsa", "/dsa/problems"] },
  async (input, { user }) => {
    const at = await now();
    const logged = await logAttempt(user.id, input, at);
    return { due: logged.due.toISOString(), dueLabel: `${formatDay(logged.due)} (${relativeDay(at, logged.due)})` };
  },
);
