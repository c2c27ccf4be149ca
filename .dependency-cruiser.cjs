// Dependency rules of the house (docs/STYLE.md "Shape of the house"): app/ -> components/ and lib/;
// components/ -> lib/; lib/ -> lib/db; no cycles. `npm run lint:deps` checks them.

/**
 * lib/ files that imported Next.js when this rule was introduced; each is a debt to pay off, never a
 * place to add to. (None today: eslint's no-restricted-imports already keeps `next` out of lib/.)
 */
const LIB_FILES_ALLOWED_NEXT = [];

const anchored = (paths) => (paths.length ? `^(${paths.map((path) => path.replace(/[.]/g, "\\.")).join("|")})$` : "^$");

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "An import cycle makes the load order decide what a module sees; break it by moving the shared part down.",
      from: {},
      to: { circular: true },
    },
    {
      name: "components-not-to-app",
      severity: "error",
      comment: "Components take plain props; routes import components, never the other way round.",
      from: { path: "^components/" },
      to: { path: "^app/" },
    },
    {
      name: "lib-not-to-app-or-components",
      severity: "error",
      comment: "The domain does not know its routes or its views.",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "lib-not-to-next",
      severity: "error",
      comment: "Nothing in lib/ depends on Next.js; keep that in app/.",
      from: { path: "^lib/", pathNot: anchored(LIB_FILES_ALLOWED_NEXT) },
      to: { path: "(^|/)node_modules/(next|next-auth)/" },
    },
    {
      name: "contracts-not-to-dsp",
      severity: "error",
      comment: "Contracts emit events (lib/events); the DSP callback delivery subscribes. lib/dsp maps onto lib/contracts, not back.",
      from: { path: "^lib/contracts/" },
      to: { path: "^lib/dsp/" },
    },
    {
      name: "vocabulary-is-browser-safe",
      severity: "error",
      comment: "lib/vocabulary is pure data that forms in the browser import: nothing outside the folder, no Node built-ins.",
      from: { path: "^lib/vocabulary/", pathNot: "\\.test\\.ts$" },
      to: { pathNot: "^lib/vocabulary/" },
    },
    {
      name: "events-stand-alone",
      severity: "error",
      comment: "The event bus knows no domain and no framework; domains import it, not the other way round.",
      from: { path: "^lib/events/", pathNot: "\\.test\\.ts$" },
      to: { pathNot: "^lib/events/" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import that cannot be resolved would hide its edges from every other rule.",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next|lib/generated|standards)/" },
    // Type-only imports count: a cycle through types is still a cycle in the design.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
