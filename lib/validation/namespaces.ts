// Namespaces the validator recognises. A trust framework "owns" its namespace: a type there that its
// ontology does not define is an error, not an extension.
export const GX_2210_NS = "https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#";
/** Gaia-X 25.11 (Loire), canonical namespace of the LinkML artefacts. */
export const GX_LOIRE_NS = "https://w3id.org/gaia-x/development#";
/** Gaia-X 25.11, versioned namespace as bundled by the XFSC Federated Catalogue. */
export const GX_2511_NS = "https://w3id.org/gaia-x/2511#";
export const DCAT_NS = "http://www.w3.org/ns/dcat#";
export const DCT_NS = "http://purl.org/dc/terms/";
export const HEALTHDCAT_NS = "http://healthdataportal.eu/ns/health#";
export const DATALOFT_HEALTH_NS = "https://w3id.org/dataloft/health#";
export const DATALOFT_HEALTH_CONTEXT = "https://w3id.org/dataloft/health/v1";
export const ACCESS_RIGHT_NS = "http://publications.europa.eu/resource/authority/access-right/";
export const CREDENTIALS_NS = "https://www.w3.org/2018/credentials#";
export const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
export const RDFS_SUBCLASS_OF = "http://www.w3.org/2000/01/rdf-schema#subClassOf";
export const RDFS_CLASS = "http://www.w3.org/2000/01/rdf-schema#Class";
export const OWL_CLASS = "http://www.w3.org/2002/07/owl#Class";
export const SH = "http://www.w3.org/ns/shacl#";
