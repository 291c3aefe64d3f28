"use server";
import { headers } from "next/headers";
import { action } from "@/lib/actions/action";
import { createAccount } from "@/lib/auth/accounts";
import { RegisterSchema } from "@/lib/auth/schema";
import { clientIp } from "@/lib/auth/client-ip";
import { consume } from "@/lib/rate-limit";

export const register = action({ schema: RegisterSchema, auth: false }, async (input) => {
  await consume("register", clientIp(await headers()));
  await createAccount(input);
  return { email: input.email };
});
