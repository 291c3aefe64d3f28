"use server";
import { action } from "@/lib/actions/action";
import { createAccount } from "@/lib/auth/accounts";
import { RegisterSchema } from "@/lib/auth/schema";

// Logged out, so the wrapper counts the budget against the client's address.
export const register = action(
  { schema: RegisterSchema, auth: false, rateLimit: { name: "register" } },
  async (input) => {
    await createAccount(input);
    return { email: input.email };
  },
);
