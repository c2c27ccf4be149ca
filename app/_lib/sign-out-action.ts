"use server";

import { signOut } from "@/app/auth";

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
