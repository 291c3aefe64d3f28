"use server";
import { action } from "@/lib/actions/action";
import { now } from "@/lib/clock";
import { consume } from "@/lib/rate-limit";
import { ENGLISH_LIMITS } from "@/lib/english/limits";
import { GrammarSubmissionSchema, SpeakingSubmissionSchema, VocabularySubmissionSchema } from "@/lib/english/schema";
import { submitGrammarSession, submitSpeakingSession, submitVocabularySession } from "@/lib/english/service";

// Each action stores the checked set and opens its results page; /english shows the new progress.
const options = {
  revalidate: ["/english"],
  redirectTo: (session: { id: string }) => `/english/sessions/${session.id}`,
};

export const submitGrammar = action({ schema: GrammarSubmissionSchema, ...options }, async (input, { user }) => {
  await consume("english-exercises", user.id, ENGLISH_LIMITS.exercises);
  return submitGrammarSession(user.id, input, await now());
});

export const submitVocabulary = action({ schema: VocabularySubmissionSchema, ...options }, async (input, { user }) => {
  await consume("english-exercises", user.id, ENGLISH_LIMITS.exercises);
  return submitVocabularySession(user.id, input, await now());
});

export const submitSpeaking = action({ schema: SpeakingSubmissionSchema, ...options }, async (input, { user }) => {
  await consume("english-exercises", user.id, ENGLISH_LIMITS.exercises);
  return submitSpeakingSession(user.id, input, await now());
});
