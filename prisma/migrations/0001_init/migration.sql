-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ParticipantKind" AS ENUM ('ORGANISATION', 'CITIZEN');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CATALOGUE_ADMIN', 'PARTICIPANT_ADMIN', 'PARTICIPANT_MEMBER', 'CITIZEN');

-- CreateEnum
CREATE TYPE "KeyAlgorithm" AS ENUM ('ED25519', 'P256', 'RSA');

-- CreateEnum
CREATE TYPE "KeyStatus" AS ENUM ('ACTIVE', 'RETIRED');

-- CreateEnum
CREATE TYPE "SdFormat" AS ENUM ('JSONLD_VC', 'JSONLD_VP', 'VC_JWT', 'VP_JWT');

-- CreateEnum
CREATE TYPE "LifecycleStatus" AS ENUM ('ACTIVE', 'DEPRECATED', 'REVOKED', 'EOL');

-- CreateEnum
CREATE TYPE "OriginKind" AS ENUM ('LOCAL', 'PEER');

-- CreateEnum
CREATE TYPE "RegistryStatus" AS ENUM ('DRAFT', 'ACTIVE', 'RETIRED');

-- CreateEnum
CREATE TYPE "ShapesFormat" AS ENUM ('TURTLE', 'JSONLD');

-- CreateEnum
CREATE TYPE "DidSource" AS ENUM ('PINNED', 'RESOLVED');

-- CreateEnum
CREATE TYPE "ContractState" AS ENUM ('REQUESTED', 'OFFERED', 'ACCEPTED', 'AGREED', 'VERIFIED', 'FINALIZED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "ConsentStatus" AS ENUM ('PENDING', 'GRANTED', 'REFUSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "PeerKind" AS ENUM ('DATALOFT', 'DSP');

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "did" TEXT NOT NULL,
    "kind" "ParticipantKind" NOT NULL,
    "countryCode" TEXT,
    "description" TEXT,
    "website" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "passwordHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipantKey" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "algorithm" "KeyAlgorithm" NOT NULL,
    "publicKeyJwk" JSONB NOT NULL,
    "privateKeyEncrypted" TEXT,
    "status" "KeyStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "ParticipantKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfDescription" (
    "hash" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "contentType" TEXT NOT NULL,
    "format" "SdFormat" NOT NULL,
    "subjectIds" TEXT[],
    "types" TEXT[],
    "issuerDid" TEXT NOT NULL,
    "trustFramework" TEXT,
    "status" "LifecycleStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deprecatedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "eolAt" TIMESTAMP(3),
    "validFrom" TIMESTAMP(3),
    "validUntil" TIMESTAMP(3),
    "previousHash" TEXT,
    "publishedById" TEXT,
    "publishedOnBehalf" BOOLEAN NOT NULL DEFAULT false,
    "origin" "OriginKind" NOT NULL DEFAULT 'LOCAL',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SelfDescription_pkey" PRIMARY KEY ("hash")
);

-- CreateTable
CREATE TABLE "SearchProjection" (
    "selfDescriptionHash" TEXT NOT NULL,
    "projectionVersion" INTEGER NOT NULL DEFAULT 1,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "keywords" TEXT[],
    "types" TEXT[],
    "providerName" TEXT,
    "providerDid" TEXT,
    "purposes" TEXT[],
    "healthThemes" TEXT[],
    "pseudonymisation" TEXT,
    "accessRights" TEXT,
    "licence" TEXT,
    "trustFramework" TEXT,
    "language" TEXT,
    "searchText" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchProjection_pkey" PRIMARY KEY ("selfDescriptionHash")
);

-- CreateTable
CREATE TABLE "VerificationResult" (
    "id" TEXT NOT NULL,
    "selfDescriptionHash" TEXT NOT NULL,
    "verified" BOOLEAN NOT NULL,
    "format" TEXT NOT NULL,
    "issuer" TEXT,
    "checks" JSONB NOT NULL,
    "warnings" JSONB NOT NULL,
    "errors" JSONB NOT NULL,
    "verifierVersion" TEXT NOT NULL,
    "verifiedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerificationResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ValidationReport" (
    "id" TEXT NOT NULL,
    "selfDescriptionHash" TEXT NOT NULL,
    "schemaId" TEXT,
    "conforms" BOOLEAN NOT NULL,
    "results" JSONB NOT NULL,
    "current" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ValidationReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Schema" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "trustFramework" TEXT,
    "format" "ShapesFormat" NOT NULL,
    "content" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "status" "RegistryStatus" NOT NULL DEFAULT 'DRAFT',
    "builtin" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activatedAt" TIMESTAMP(3),
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "Schema_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JsonLdContext" (
    "url" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "status" "RegistryStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "JsonLdContext_pkey" PRIMARY KEY ("url")
);

-- CreateTable
CREATE TABLE "RevalidationRun" (
    "id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "total" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "RevalidationRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnownDidDocument" (
    "did" TEXT NOT NULL,
    "document" JSONB NOT NULL,
    "source" "DidSource" NOT NULL DEFAULT 'PINNED',
    "pinnedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnownDidDocument_pkey" PRIMARY KEY ("did")
);

-- CreateTable
CREATE TABLE "TrustAnchor" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "certificatePem" TEXT NOT NULL,
    "fingerprintSha256" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "notAfter" TIMESTAMP(3) NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrustAnchor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractRequest" (
    "id" TEXT NOT NULL,
    "providerPid" TEXT NOT NULL,
    "consumerPid" TEXT NOT NULL,
    "selfDescriptionHash" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "providerParticipantId" TEXT NOT NULL,
    "consumerParticipantId" TEXT,
    "consumerCallbackUrl" TEXT,
    "state" "ContractState" NOT NULL DEFAULT 'REQUESTED',
    "purpose" TEXT NOT NULL,
    "durationDays" INTEGER,
    "offer" JSONB NOT NULL,
    "agreement" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContractRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractEvent" (
    "id" TEXT NOT NULL,
    "contractRequestId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "fromState" "ContractState",
    "toState" "ContractState" NOT NULL,
    "actorParticipantId" TEXT,
    "message" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL,
    "citizenParticipantId" TEXT NOT NULL,
    "trusteeParticipantId" TEXT,
    "recipientParticipantId" TEXT NOT NULL,
    "contractRequestId" TEXT,
    "selfDescriptionHash" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "status" "ConsentStatus" NOT NULL DEFAULT 'PENDING',
    "decidedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Peer" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "baseUrl" TEXT NOT NULL,
    "kind" "PeerKind" NOT NULL DEFAULT 'DATALOFT',
    "tokenEncrypted" TEXT,
    "scheduleMinutes" INTEGER NOT NULL DEFAULT 60,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "cursor" TEXT,
    "syncStatus" TEXT NOT NULL DEFAULT 'IDLE',
    "lastSyncAt" TIMESTAMP(3),
    "lastSuccessAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Peer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntryOrigin" (
    "selfDescriptionHash" TEXT NOT NULL,
    "peerId" TEXT NOT NULL,
    "peerCursor" TEXT,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stale" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "EntryOrigin_pkey" PRIMARY KEY ("selfDescriptionHash","peerId")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "actorUserId" TEXT,
    "actorParticipantId" TEXT,
    "actorTokenId" TEXT,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "detail" JSONB,
    "requestId" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Participant_slug_key" ON "Participant"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_did_key" ON "Participant"("did");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE INDEX "Membership_participantId_idx" ON "Membership"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_participantId_key" ON "Membership"("userId", "participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_participantId_idx" ON "Invitation"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_participantId_idx" ON "ApiToken"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "ParticipantKey_participantId_keyId_key" ON "ParticipantKey"("participantId", "keyId");

-- CreateIndex
CREATE UNIQUE INDEX "SelfDescription_previousHash_key" ON "SelfDescription"("previousHash");

-- CreateIndex
CREATE INDEX "SelfDescription_issuerDid_idx" ON "SelfDescription"("issuerDid");

-- CreateIndex
CREATE INDEX "SelfDescription_status_createdAt_idx" ON "SelfDescription"("status", "createdAt");

-- CreateIndex
CREATE INDEX "SelfDescription_publishedById_idx" ON "SelfDescription"("publishedById");

-- CreateIndex
CREATE INDEX "SelfDescription_updatedAt_idx" ON "SelfDescription"("updatedAt");

-- CreateIndex
CREATE INDEX "SearchProjection_providerDid_idx" ON "SearchProjection"("providerDid");

-- CreateIndex
CREATE INDEX "SearchProjection_accessRights_idx" ON "SearchProjection"("accessRights");

-- CreateIndex
CREATE INDEX "SearchProjection_licence_idx" ON "SearchProjection"("licence");

-- CreateIndex
CREATE INDEX "SearchProjection_pseudonymisation_idx" ON "SearchProjection"("pseudonymisation");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationResult_selfDescriptionHash_key" ON "VerificationResult"("selfDescriptionHash");

-- CreateIndex
CREATE INDEX "ValidationReport_selfDescriptionHash_current_idx" ON "ValidationReport"("selfDescriptionHash", "current");

-- CreateIndex
CREATE UNIQUE INDEX "Schema_name_version_key" ON "Schema"("name", "version");

-- CreateIndex
CREATE UNIQUE INDEX "TrustAnchor_fingerprintSha256_key" ON "TrustAnchor"("fingerprintSha256");

-- CreateIndex
CREATE UNIQUE INDEX "ContractRequest_providerPid_key" ON "ContractRequest"("providerPid");

-- CreateIndex
CREATE INDEX "ContractRequest_providerParticipantId_state_idx" ON "ContractRequest"("providerParticipantId", "state");

-- CreateIndex
CREATE INDEX "ContractRequest_consumerParticipantId_state_idx" ON "ContractRequest"("consumerParticipantId", "state");

-- CreateIndex
CREATE INDEX "ContractEvent_contractRequestId_createdAt_idx" ON "ContractEvent"("contractRequestId", "createdAt");

-- CreateIndex
CREATE INDEX "Consent_citizenParticipantId_status_idx" ON "Consent"("citizenParticipantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Peer_baseUrl_key" ON "Peer"("baseUrl");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectType_subjectId_idx" ON "AuditEvent"("subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorParticipantId_at_idx" ON "AuditEvent"("actorParticipantId", "at");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantKey" ADD CONSTRAINT "ParticipantKey_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfDescription" ADD CONSTRAINT "SelfDescription_previousHash_fkey" FOREIGN KEY ("previousHash") REFERENCES "SelfDescription"("hash") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfDescription" ADD CONSTRAINT "SelfDescription_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SearchProjection" ADD CONSTRAINT "SearchProjection_selfDescriptionHash_fkey" FOREIGN KEY ("selfDescriptionHash") REFERENCES "SelfDescription"("hash") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationResult" ADD CONSTRAINT "VerificationResult_selfDescriptionHash_fkey" FOREIGN KEY ("selfDescriptionHash") REFERENCES "SelfDescription"("hash") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValidationReport" ADD CONSTRAINT "ValidationReport_selfDescriptionHash_fkey" FOREIGN KEY ("selfDescriptionHash") REFERENCES "SelfDescription"("hash") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValidationReport" ADD CONSTRAINT "ValidationReport_schemaId_fkey" FOREIGN KEY ("schemaId") REFERENCES "Schema"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractRequest" ADD CONSTRAINT "ContractRequest_selfDescriptionHash_fkey" FOREIGN KEY ("selfDescriptionHash") REFERENCES "SelfDescription"("hash") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractRequest" ADD CONSTRAINT "ContractRequest_providerParticipantId_fkey" FOREIGN KEY ("providerParticipantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractRequest" ADD CONSTRAINT "ContractRequest_consumerParticipantId_fkey" FOREIGN KEY ("consumerParticipantId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractEvent" ADD CONSTRAINT "ContractEvent_contractRequestId_fkey" FOREIGN KEY ("contractRequestId") REFERENCES "ContractRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_citizenParticipantId_fkey" FOREIGN KEY ("citizenParticipantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_trusteeParticipantId_fkey" FOREIGN KEY ("trusteeParticipantId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_recipientParticipantId_fkey" FOREIGN KEY ("recipientParticipantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_contractRequestId_fkey" FOREIGN KEY ("contractRequestId") REFERENCES "ContractRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryOrigin" ADD CONSTRAINT "EntryOrigin_selfDescriptionHash_fkey" FOREIGN KEY ("selfDescriptionHash") REFERENCES "SelfDescription"("hash") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryOrigin" ADD CONSTRAINT "EntryOrigin_peerId_fkey" FOREIGN KEY ("peerId") REFERENCES "Peer"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: the audit trail is append-only. UPDATE and DELETE are refused by the database itself.
CREATE FUNCTION "dataloft_audit_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "dataloft_audit_append_only"();
