"use server";
import { action } from "@/lib/actions/action";
import { now } from "@/lib/clock";
import { NotesSchema, ToggleTopicSchema } from "@/lib/company-prep/schema";
import { saveNotes as storeNotes, setTopic } from "@/lib/company-prep/service";

// The list page shows progress per company, so it must not be served from the client cache.
const revalidate = ["/company-prep"];

export const toggleTopic = action({ schema: ToggleTopicSchema, revalidate }, async (input, { user }) => setTopic(user.id, input, await now()));

export const saveNotes = action({ schema: NotesSchema, revalidate, successMessage: "Notes saved." }, async (input, { user }) =>
  storeNotes(user.id, input, await now()),
);
