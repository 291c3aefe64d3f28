"use server";
import { action } from "@/lib/actions/action";
import { now } from "@/lib/clock";
import { ENGLISH_LIMITS } from "@/lib/english/limits";
import { GrammarSubmissionSchema, SpeakingSubmissionSchema, VocabularySubmissionSchema } from "@/lib/english/schema";
import { submitGrammarSession, submitSpeakingSession, submitVocabularySession } from "@/lib/english/service";

// Each action stores the checked set and opens its results page; /english shows the new progress.
// The three exercises share one budget.
const options = {
  revalidate: ["/english"],
  redirectTo: (session: { id: string }) => `/english/sessions/${session.id}`,
  rateLimit: { name: "english-exercises", ...ENGLISH_LIMITS.exercises },
};

export const submitGrammar = action({ schema: GrammarSubmissionSchema, ...options }, async (input, { user }) =>
  submitGrammarSession(user.id, input, await now()),
);

export const submitVocabulary = action({ schema: VocabularySubmissionSchema, ...options }, async (input, { user }) =>
  submitVocabularySession(user.id, input, await now()),
);

export const submitSpeaking = action({ schema: SpeakingSubmissionSchema, ...options }, async (input, { user }) =>
  submitSpeakingSession(user.id, input, await now()),
);
