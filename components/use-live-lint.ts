"use client";

import { useEffect, useState } from "react";

export interface LintResult {
  severity: string;
  message: string;
  path: string | null;
}

export interface LintOutcome {
  /** null: nothing failed, but no shape applied to some subject (not validated). */
  conforms: boolean | null;
  unvalidated?: { subject: string; types: string[] }[];
  trustFramework: string | null;
  results: LintResult[];
}

/**
 * Live validation while a wizard form is filled in: the unsigned draft goes to the same lint endpoint
 * (same shapes and rules as publishing) 400 ms after the last change; a newer draft cancels the older call.
 */
export function useLiveLint(credential: Record<string, unknown> | null): LintOutcome | null {
  const [outcome, setOutcome] = useState<LintOutcome | null>(null);
  useEffect(() => {
    if (!credential) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch("/api/v1/validation/lint", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ credential }),
        signal: controller.signal,
      })
        .then((response) => (response.ok ? response.json() : null))
        .then(
          (body) =>
            body &&
            setOutcome({ conforms: body.conforms, unvalidated: body.unvalidated, trustFramework: body.trustFramework ?? null, results: body.results ?? [] }),
        )
        // A cancelled or failed call leaves the last verdict; publishing checks again anyway.
        .catch(() => undefined);
    }, 400);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [credential]);
  return outcome;
}
