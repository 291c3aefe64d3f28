import { z } from "zod";

// The one source of validation for the auth forms, actions and handlers.

export const NameSchema = z
  .string()
  .trim()
  .min(1, "Enter your name")
  .max(100, "Name must be at most 100 characters")
  .refine((value) => !/[<>]/.test(value), "Name cannot contain < or >");

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email must be at most 254 characters")
  .pipe(z.email("Enter a valid email address"));

export const PasswordSchema = z
  .string()
  .min(8, "Password must be at least 8 characters")
  .max(72, "Password must be at most 72 characters");

/** Anyone may sign up as an instructor: an instructor sees only what students share with them (docs/decisions/018). */
export const ROLE_CHOICES = ["student", "instructor"] as const;

export const RegisterSchema = z.object({
  name: NameSchema,
  email: EmailSchema,
  password: PasswordSchema,
  role: z.enum(ROLE_CHOICES, { message: "Choose student or instructor" }).optional().default("student"),
});
export type RegisterInput = z.input<typeof RegisterSchema>;
export type RegisterValues = z.output<typeof RegisterSchema>;

export const LoginSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "Enter your password").max(72, "Password must be at most 72 characters"),
});
export type LoginInput = z.input<typeof LoginSchema>;
