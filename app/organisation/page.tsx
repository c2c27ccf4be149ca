import Link from "next/link";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getSessionActor } from "@/app/_lib/current-actor";
import { getOrganisationOverview } from "@/lib/participants/get-organisation-overview";
import { SecretForm } from "@/components/secret-form";
import { OrganisationEntries } from "@/components/organisation-entries";
import { findParticipantEntries } from "@/lib/catalogue/find-participant-entries";
import { BrowserKeyPanel } from "@/components/browser-key-panel";
import {
  revokeEntryAction,
  registerBrowserKeyAction,
  createKeyAction,
  createTokenAction,
  inviteAction,
  retireKeyAction,
  revokeTokenAction,
  rotateKeyAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisation"))("title") };
}

const ROLES = ["CATALOGUE_ADMIN", "PARTICIPANT_ADMIN", "PARTICIPANT_MEMBER", "CITIZEN"] as const;

export default async function OrganisationPage({ searchParams }: { searchParams: Promise<{ org?: string }> }) {
  const [actor, t, format] = await Promise.all([getSessionActor(), getTranslations("organisation"), getFormatter()]);
  if (!actor) redirect("/sign-in?next=/organisation");
  const roleName = (role: string) => {
    const known = ROLES.find((name) => name === role);
    return known ? t(`roles.${known}`) : role;
  };
  const { org } = await searchParams;
  // A citizen's home is their consent page; their own profile stays reachable with ?org=.
  if (!org && actor.memberships.length > 0 && actor.memberships.every((membership) => membership.role === "CITIZEN")) redirect("/consent");
  const slug = org ?? actor.memberships[0]?.participantSlug;
  if (!slug) return <p>{t("noOrganisation")}</p>;
  const overview = await getOrganisationOverview({ actor, slug });
  const entries = await findParticipantEntries({ actor, participantId: overview.participant.id });
  const { participant } = overview;

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900" data-testid="organisation-name">
          {participant.legalName}
        </h1>
        {actor.memberships.length > 1 ? (
          <nav aria-label={t("yourOrganisations")} className="mt-2 flex flex-wrap gap-2 text-sm">
            {actor.memberships.map((m) => (
              <Link key={m.participantId} href={`/organisation?org=${m.participantSlug}`} className="underline">
                {m.participantSlug}
              </Link>
            ))}
          </nav>
        ) : null}
      </div>

      <section aria-labelledby="profile" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="profile" className="text-lg font-semibold">
          {t("profile.heading")}
        </h2>
        <dl className="mt-3 grid gap-2 text-sm md:grid-cols-[12rem_1fr]">
          <dt className="text-slate-600">{t("profile.kind")}</dt>
          <dd>{t("profile.kindName", { kind: participant.kind })}</dd>
          <dt className="text-slate-600">{t("profile.country")}</dt>
          <dd>{participant.countryCode ?? "—"}</dd>
          <dt className="text-slate-600">{t("profile.did")}</dt>
          <dd className="break-all font-mono" data-testid="participant-did">
            {participant.did}
          </dd>
          <dt className="text-slate-600">{t("profile.didDocument")}</dt>
          <dd>
            <a className="text-brand-700 underline" href={`/participants/${participant.slug}/did.json`}>
              /participants/{participant.slug}/did.json
            </a>
          </dd>
          <dt className="text-slate-600">{t("profile.entryCount")}</dt>
          <dd>{format.number(overview.entryCount)}</dd>
        </dl>
      </section>

      <OrganisationEntries entries={entries} canAdminister={overview.canAdminister} revokeAction={revokeEntryAction} />

      <section aria-labelledby="keys" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="keys" className="text-lg font-semibold">
          {t("keys.heading")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("keys.intro")}</p>
        {overview.keys.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">{t("keys.none")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100 text-sm">
            {overview.keys.map((key) => (
              <li key={key.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="key-row">
                <span className="font-mono">
                  #{key.keyId} · {key.algorithm === "ED25519" ? "Ed25519" : key.algorithm === "P256" ? "P-256" : key.algorithm} ·{" "}
                  {t("keys.status", { status: key.status })}
                </span>
                {overview.canAdminister && key.status === "ACTIVE" ? (
                  <span className="flex gap-2">
                    <form action={rotateKeyAction}>
                      <input type="hidden" name="keyId" value={key.id} />
                      <button type="submit" className="rounded border border-slate-400 px-2 py-1">
                        {t("keys.rotate")}
                        <span className="sr-only">{t("keys.keyName", { keyId: key.keyId })}</span>
                      </button>
                    </form>
                    <form action={retireKeyAction}>
                      <input type="hidden" name="keyId" value={key.id} />
                      <button type="submit" className="rounded border border-red-300 px-2 py-1 text-red-800">
                        {t("keys.retire")}
                        <span className="sr-only">{t("keys.keyName", { keyId: key.keyId })}</span>
                      </button>
                    </form>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {overview.canAdminister ? <BrowserKeyPanel slug={participant.slug} did={participant.did} register={registerBrowserKeyAction} /> : null}
        {overview.canAdminister ? (
          <form action={createKeyAction} className="mt-3 flex flex-wrap items-end gap-2">
            <input type="hidden" name="slug" value={participant.slug} />
            <label className="flex max-w-full flex-col gap-1 text-sm">
              <span className="font-medium">{t("keys.algorithm")}</span>
              <select name="algorithm" className="w-full max-w-full rounded border border-slate-400 px-3 py-2 sm:w-auto">
                <option value="Ed25519">Ed25519 (Data Integrity eddsa-rdfc-2022)</option>
                <option value="P-256">P-256 (JsonWebSignature2020, VC-JWT ES256)</option>
              </select>
            </label>
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white">
              {t("keys.create")}
            </button>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="members" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="members" className="text-lg font-semibold">
          {t("members.heading")}
        </h2>
        <ul className="mt-2 divide-y divide-slate-100 text-sm">
          {overview.members.map((member) => (
            <li key={member.id} className="flex justify-between py-2">
              <span>
                {member.name ?? member.email} <span className="text-slate-600">({member.email})</span>
              </span>
              <span>{roleName(member.role)}</span>
            </li>
          ))}
        </ul>
        {overview.canAdminister ? (
          <div className="mt-4 border-t border-slate-100 pt-4">
            <h3 className="font-medium">{t("members.invite")}</h3>
            <SecretForm
              action={inviteAction}
              hidden={{ slug: participant.slug }}
              submitLabel={t("members.createInvitation")}
              secretLabel={t("members.invitationLink")}
            >
              <label className="flex flex-col gap-1 text-sm">
                <span className="font-medium">{t("members.email")}</span>
                <input name="email" type="email" required className="rounded border border-slate-400 px-3 py-2" />
              </label>
              <label className="flex flex-col gap-1 text-sm">
                <span className="font-medium">{t("members.role")}</span>
                <select name="role" className="rounded border border-slate-400 px-3 py-2">
                  <option value="PARTICIPANT_MEMBER">{t("roles.PARTICIPANT_MEMBER")}</option>
                  <option value="PARTICIPANT_ADMIN">{t("roles.PARTICIPANT_ADMIN")}</option>
                </select>
              </label>
            </SecretForm>
            {overview.invitations.length > 0 ? (
              <ul className="mt-3 text-sm text-slate-700">
                {overview.invitations.map((invitation) => (
                  <li key={invitation.id}>
                    {t("members.openUntil", { email: invitation.email, role: roleName(invitation.role), date: format.dateTime(invitation.expiresAt, "day") })}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </section>

      {overview.canAdminister ? (
        <section aria-labelledby="tokens" className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="tokens" className="text-lg font-semibold">
            {t("tokens.heading")}
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            {t.rich("tokens.intro", { header: "Authorization: Bearer <token>", code: (chunks) => <code>{chunks}</code> })}
          </p>
          <div className="mt-4">
            <SecretForm action={createTokenAction} hidden={{ slug: participant.slug }} submitLabel={t("tokens.create")} secretLabel={t("tokens.newToken")}>
              <label className="flex flex-col gap-1 text-sm">
                <span className="font-medium">{t("tokens.name")}</span>
                <input name="name" required maxLength={80} className="rounded border border-slate-400 px-3 py-2" placeholder={t("tokens.namePlaceholder")} />
              </label>
              <label className="flex flex-col gap-1 text-sm">
                <span className="font-medium">{t("tokens.permissions")}</span>
                <select name="role" className="rounded border border-slate-400 px-3 py-2">
                  <option value="PARTICIPANT_MEMBER">{t("tokens.memberPermissions")}</option>
                  <option value="PARTICIPANT_ADMIN">{t("tokens.administrator")}</option>
                </select>
              </label>
            </SecretForm>
          </div>
          <table className="mt-4 w-full text-left text-sm">
            <caption className="sr-only">{t("tokens.caption")}</caption>
            <thead>
              <tr className="text-slate-600">
                <th scope="col" className="py-1">
                  {t("tokens.columns.name")}
                </th>
                <th scope="col">{t("tokens.columns.prefix")}</th>
                <th scope="col">{t("tokens.columns.lastUsed")}</th>
                <th scope="col">{t("tokens.columns.state")}</th>
                <th scope="col">
                  <span className="sr-only">{t("tokens.columns.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.tokens.map((token) => (
                <tr key={token.id} className="border-t border-slate-100" data-testid="token-row">
                  <td className="py-2">{token.name}</td>
                  <td className="font-mono">dlt_{token.prefix}_…</td>
                  <td>{token.lastUsedAt ? format.dateTime(new Date(token.lastUsedAt), "moment") : t("tokens.never")}</td>
                  <td>{token.revokedAt ? t("tokens.revoked") : t("tokens.active")}</td>
                  <td className="text-right">
                    {token.revokedAt ? null : (
                      <form action={revokeTokenAction}>
                        <input type="hidden" name="tokenId" value={token.id} />
                        <button type="submit" className="rounded border border-red-300 px-2 py-1 text-red-800 hover:bg-red-50">
                          {t("tokens.revoke")}
                          <span className="sr-only">{t("tokens.tokenName", { name: token.name })}</span>
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
