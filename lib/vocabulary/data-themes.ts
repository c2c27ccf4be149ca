import { idsOf, type Term } from "./label";

// The EU data themes (Publications Office authority table data-theme, the dcat:theme values of DCAT-AP
// and HealthDCAT-AP), by their codes: a health theme such as
// http://publications.europa.eu/resource/authority/data-theme/HEAL is stored as "HEAL". Labels as the
// authority table and GovData name them.

export const DATA_THEME_NS = "http://publications.europa.eu/resource/authority/data-theme/";

export const DATA_THEMES = [
  { id: "AGRI", label: { en: "Agriculture, fisheries, forestry and food", de: "Landwirtschaft, Fischerei, Forstwirtschaft und Nahrungsmittel" } },
  { id: "ECON", label: { en: "Economy and finance", de: "Wirtschaft und Finanzen" } },
  { id: "EDUC", label: { en: "Education, culture and sport", de: "Bildung, Kultur und Sport" } },
  { id: "ENER", label: { en: "Energy", de: "Energie" } },
  { id: "ENVI", label: { en: "Environment", de: "Umwelt" } },
  { id: "GOVE", label: { en: "Government and public sector", de: "Regierung und öffentlicher Sektor" } },
  { id: "HEAL", label: { en: "Health", de: "Gesundheit" } },
  { id: "INTR", label: { en: "International issues", de: "Internationale Themen" } },
  { id: "JUST", label: { en: "Justice, legal system and public safety", de: "Justiz, Rechtssystem und öffentliche Sicherheit" } },
  { id: "REGI", label: { en: "Regions and cities", de: "Regionen und Städte" } },
  { id: "SOCI", label: { en: "Population and society", de: "Bevölkerung und Gesellschaft" } },
  { id: "TECH", label: { en: "Science and technology", de: "Wissenschaft und Technologie" } },
  { id: "TRAN", label: { en: "Transport", de: "Verkehr" } },
  { id: "OP_DATPRO", label: { en: "Provisional data", de: "Vorläufige Daten" } },
] as const satisfies readonly [Term, ...Term[]];

export type DataTheme = (typeof DATA_THEMES)[number]["id"];

export const DATA_THEME_IDS = idsOf(DATA_THEMES);
