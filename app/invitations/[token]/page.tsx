import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { findOpenInvitation } from "@/lib/participants/accept-invitation";
import { AcceptInvitationForm } from "@/components/accept-invitation-form";
import { acceptInvitationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("invitation.title") };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, t] = await Promise.all([params, getTranslations("auth")]);
  const invitation = await findOpenInvitation({ secret: token });
  if (!invitation) {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-bold">{t("invitation.invalidHeading")}</h1>
        <p className="mt-2 text-slate-700">{t("invitation.invalid")}</p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t("invitation.heading", { organisation: invitation.participant.legalName })}</h1>
      <p className="mt-2 text-slate-700">{t("invitation.invitedAs", { email: invitation.email })}</p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <AcceptInvitationForm action={acceptInvitationAction} secret={token} />
      </div>
    </div>
  );
}
