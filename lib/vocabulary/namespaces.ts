// The namespaces the vocabulary's IRIs are built from.

/** dataLOFT health vocabulary (standards/contexts/dataloft/health-v1.jsonld). */
export const DLH = "https://w3id.org/dataloft/health#";
export const ODRL = "http://www.w3.org/ns/odrl/2/";
export const XSD_DURATION = "http://www.w3.org/2001/XMLSchema#duration";

/** The last segment of an IRI, compact IRI or term: what the parsers compare ("dlh:X", ".../health#X" and "X" alike). */
export function localName(value: string): string {
  const cut = Math.max(value.lastIndexOf("#"), value.lastIndexOf("/"), value.lastIndexOf(":"));
  return cut >= 0 ? value.slice(cut + 1) : value;
}
