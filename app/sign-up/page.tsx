import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/sign-up-form";
import { signUpAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUp.title") };
}

export default async function SignUpPage() {
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="text-2xl font-bold text-slate-900">{t("signUp.heading")}</h1>
      <p className="mt-2 text-slate-700">{t("signUp.intro")}</p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <SignUpForm action={signUpAction} />
      </div>
    </div>
  );
}
