// Portal-hosted participants get a did:web under the portal's own origin:
// did:web:<host%3Aport>:participants:<slug> ↔ <origin>/participants/<slug>/did.json

export function participantDid(options: { publicUrl: string; slug: string }): string {
  const url = new URL(options.publicUrl);
  const host = encodeURIComponent(url.host); // keeps the port as %3A, as did:web requires
  const basePath = url.pathname.split("/").filter(Boolean);
  return ["did:web", host, ...basePath, "participants", options.slug].join(":");
}

/** The slug of a DID hosted by this portal, or null when the DID is not one of ours. */
export function hostedSlugFromDid(options: { publicUrl: string; did: string }): string | null {
  const prefix = participantDid({ publicUrl: options.publicUrl, slug: "" });
  if (!options.did.startsWith(prefix)) return null;
  const slug = options.did.slice(prefix.length);
  return /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/.test(slug) ? slug : null;
}

export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
}
