// The demo health data space seeded into an empty embedded database. Names are fictitious.

export const DEMO_PASSWORD = "dataloft-demo-2026";

export interface DemoParticipant {
  slug: string;
  legalName: string;
  kind: "ORGANISATION" | "CITIZEN";
  countryCode: string;
  description: string;
  website?: string;
  users: { email: string; name: string; role: "CATALOGUE_ADMIN" | "PARTICIPANT_ADMIN" | "PARTICIPANT_MEMBER" | "CITIZEN" }[];
}

export const DEMO_PARTICIPANTS: DemoParticipant[] = [
  {
    slug: "operator",
    legalName: "dataLOFT Catalogue Operator",
    kind: "ORGANISATION",
    countryCode: "DE",
    description: "Operates this catalogue node of the health data space.",
    users: [{ email: "admin@dataloft.example", name: "Catalogue Admin", role: "CATALOGUE_ADMIN" }],
  },
  {
    slug: "uniklinik-musterstadt",
    legalName: "Universitätsklinikum Musterstadt",
    kind: "ORGANISATION",
    countryCode: "DE",
    description: "University hospital: clinical routine data, cardiology and diabetes registries.",
    website: "https://uniklinik-musterstadt.example",
    users: [
      { email: "datasteward@uniklinik-musterstadt.example", name: "Dr. Jana Weber", role: "PARTICIPANT_ADMIN" },
      { email: "research-office@uniklinik-musterstadt.example", name: "Tom Richter", role: "PARTICIPANT_MEMBER" },
    ],
  },
  {
    slug: "vitawear",
    legalName: "VitaWear Health Devices GmbH",
    kind: "ORGANISATION",
    countryCode: "DE",
    description: "Maker of consumer health devices: activity trackers and connected blood-pressure monitors.",
    website: "https://vitawear.example",
    users: [{ email: "privacy@vitawear.example", name: "Lena Vogt", role: "PARTICIPANT_ADMIN" }],
  },
  {
    slug: "institut-versorgungsforschung",
    legalName: "Institut für Versorgungsforschung e. V.",
    kind: "ORGANISATION",
    countryCode: "DE",
    description: "Research institute for health services research.",
    users: [{ email: "studies@ivf-research.example", name: "Prof. Samir Aydin", role: "PARTICIPANT_ADMIN" }],
  },
  {
    slug: "erika-mustermann",
    legalName: "Erika Mustermann",
    kind: "CITIZEN",
    countryCode: "DE",
    description: "Citizen sharing her blood-pressure and activity data for research she consents to.",
    users: [{ email: "erika@citizen.example", name: "Erika Mustermann", role: "CITIZEN" }],
  },
];
