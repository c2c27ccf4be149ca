import type { Metadata } from "next";
import { findOpenInvitation } from "@/lib/participants/accept-invitation";
import { AcceptInvitationForm } from "@/components/accept-invitation-form";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findOpenInvitation({ secret: token });
  if (!invitation) {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-bold">Invitation not valid</h1>
        <p className="mt-2 text-slate-700">This invitation is unknown, was already used, or has expired. Ask your administrator for a new one.</p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">Join {invitation.participant.legalName}</h1>
      <p className="mt-2 text-slate-700">You were invited as {invitation.email}.</p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <AcceptInvitationForm action={acceptInvitationAction} secret={token} />
      </div>
    </div>
  );
}
