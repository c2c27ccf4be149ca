import Link from "next/link";
import type { Metadata } from "next";
import { SignInForm } from "@/components/sign-in-form";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold text-slate-900">Sign in</h1>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <SignInForm action={signInAction} next={next ?? "/organisation"} />
      </div>
      <p className="mt-4 text-sm text-slate-700">
        New here?{" "}
        <Link href="/sign-up" className="font-medium text-brand-700 underline">
          Register your organisation or yourself as a citizen
        </Link>
        .
      </p>
    </div>
  );
}
