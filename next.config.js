import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads its per-request configuration (language, messages, formats, time zone) from here.
const withNextIntl = createNextIntlPlugin({ requestConfig: "./app/_i18n/request.ts" });

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second build folder lets a local run build beside a running one (e.g. NEXT_DIST_DIR=.next-local).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite loads WASM and data files next to its module; pg and Prisma's adapters stay plain Node modules.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "jsonld",
    "rdf-canonize",
    "shacl-engine",
    "rdf-validate-shacl",
    // tinypool starts its workers from files beside its own module: bundled, it would not find them.
    "tinypool",
  ],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit); the build need not do it a second time.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
