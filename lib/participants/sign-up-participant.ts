import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { hashPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { participantDid, slugify } from "./participant-did";

export const signUpInput = z.object({
  kind: z.enum(["ORGANISATION", "CITIZEN"]).default("ORGANISATION"),
  legalName: z.string().trim().min(2, "Enter the legal name").max(200),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Use a two-letter country code such as DE")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  name: z.string().trim().min(1, "Enter your name").max(200),
  email: z.email("Enter a valid e-mail address").transform((email) => email.toLowerCase()),
  password: z.string().min(12, "Use at least 12 characters").max(256),
});

export type SignUpInput = z.input<typeof signUpInput>;

/**
 * Creates a participant (organisation or citizen) with its first user, who administers it.
 * One transaction: participant, user, membership and audit row, or nothing.
 */
export async function signUpParticipant(options: { input: SignUpInput; publicUrl: string; requestId?: string }) {
  const input = signUpInput.parse(options.input);
  const base = slugify(input.legalName) || "participant";
  const passwordHash = await hashPassword(input.password);

  const existing = await db().user.findUnique({ where: { email: input.email } });
  if (existing) {
    throw new AppError("CONFLICT", {
      message: "An account with this e-mail address already exists.",
      invalidParams: [{ name: "email", reason: "already registered" }],
    });
  }
  const slug = await freeSlug(base);
  const role = input.kind === "CITIZEN" ? "CITIZEN" : "PARTICIPANT_ADMIN";

  return db().$transaction(async (tx) => {
    const participant = await tx.participant.create({
      data: {
        slug,
        legalName: input.legalName,
        kind: input.kind,
        countryCode: input.countryCode ?? null,
        did: participantDid({ publicUrl: options.publicUrl, slug }),
      },
    });
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
    await tx.membership.create({ data: { userId: user.id, participantId: participant.id, role } });
    await recordAuditEvent(tx, {
      action: "participant.signed-up",
      subjectType: "Participant",
      subjectId: participant.id,
      actor: { kind: "user", userId: user.id, tokenId: null, memberships: [] },
      actorParticipantId: participant.id,
      detail: { kind: input.kind, slug },
      requestId: options.requestId,
    });
    return { participant, user };
  });
}

async function freeSlug(base: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const candidate = attempt === 0 ? base : `${base}-${attempt + 1}`;
    if (!(await db().participant.findUnique({ where: { slug: candidate } }))) return candidate;
  }
  throw new AppError("CONFLICT", { message: "Choose a more specific name: too many participants share this one." });
}
