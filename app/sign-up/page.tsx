import type { Metadata } from "next";
import { SignUpForm } from "@/components/sign-up-form";
import { signUpAction } from "./actions";

export const metadata: Metadata = { title: "Join the data space" };

export default function SignUpPage() {
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="text-2xl font-bold text-slate-900">Join the data space</h1>
      <p className="mt-2 text-slate-700">
        You become a participant with your own decentralised identifier (a did:web hosted by this portal) and the administrator of your organisation&apos;s
        account.
      </p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <SignUpForm action={signUpAction} />
      </div>
    </div>
  );
}
