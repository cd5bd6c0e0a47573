-- Catalog search (lib/catalog/search.ts). Hand-written around what the schema engine generated.
--  * searchDocument / searchName: GENERATED ALWAYS columns (full-text documents over the
--    Indonesian and English names and descriptions, and trigram-indexed names for typos), so
--    PostgreSQL keeps them right on every write. schema.prisma lists them with
--    @default(dbgenerated()) so the schema engine sees no drift.
--  * catalog* columns on Product: facts of the product's enterprise (visibility, kecamatan, scale,
--    export-readiness tier, sentra, unexpired certificate types) and its KBLI code, copied by the
--    triggers below, so search, filters and facet counts read Product alone.
-- adapter-pg's migration runner splits the script on every semicolon, so comments here have none
-- and the trigger functions' bodies are E'' strings that spell each semicolon as \073.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Enterprise"
  ADD COLUMN "searchDocument" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('indonesian'::regconfig, coalesce("brandName", '')), 'A') ||
    setweight(to_tsvector('indonesian'::regconfig, coalesce("legalName", '')), 'A') ||
    setweight(to_tsvector('indonesian'::regconfig, coalesce("description", '')), 'C')
  ) STORED,
  ADD COLUMN "searchName" TEXT GENERATED ALWAYS AS (
    lower(coalesce("brandName", '') || ' ' || coalesce("legalName", ''))
  ) STORED;

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "catalogCertificates" "CertificateType"[] DEFAULT ARRAY[]::"CertificateType"[],
ADD COLUMN     "catalogCertificatesUntil" DATE,
ADD COLUMN     "catalogKbliCode" TEXT,
ADD COLUMN     "catalogKecamatanCode" TEXT,
ADD COLUMN     "catalogScale" "BusinessScale",
ADD COLUMN     "catalogSentraId" TEXT,
ADD COLUMN     "catalogTier" "ExportReadinessTier",
ADD COLUMN     "catalogVisible" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "searchDocument" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('indonesian'::regconfig, coalesce("nameId", '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce("nameEn", '')), 'A') ||
    setweight(to_tsvector('indonesian'::regconfig, coalesce("descriptionId", '')), 'C') ||
    setweight(to_tsvector('english'::regconfig, coalesce("descriptionEn", '')), 'C')
  ) STORED,
ADD COLUMN "searchName" TEXT GENERATED ALWAYS AS (
    lower(coalesce("nameId", '') || ' ' || coalesce("nameEn", ''))
  ) STORED;

-- CreateIndex
CREATE INDEX "Enterprise_searchDocument_idx" ON "Enterprise" USING GIN ("searchDocument");

-- CreateIndex
CREATE INDEX "Enterprise_searchName_idx" ON "Enterprise" USING GIN ("searchName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Product_catalogVisible_publishedAt_idx" ON "Product"("catalogVisible", "publishedAt");

-- CreateIndex
CREATE INDEX "Product_searchDocument_idx" ON "Product" USING GIN ("searchDocument");

-- CreateIndex
CREATE INDEX "Product_searchName_idx" ON "Product" USING GIN ("searchName" gin_trgm_ops);

-- The catalog facts of one product, computed from its enterprise, certificates and KBLI code.
CREATE FUNCTION catalog_product_facts() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  enterprise RECORD\073
BEGIN
  SELECT e."status", e."kecamatanCode", e."scale", e."exportReadinessTier", e."sentraId"
    INTO enterprise FROM "Enterprise" e WHERE e."id" = NEW."enterpriseId"\073
  NEW."catalogVisible" := NEW."status" = ''PUBLISHED'' AND enterprise."status" = ''PUBLISHED''\073
  NEW."catalogKecamatanCode" := enterprise."kecamatanCode"\073
  NEW."catalogScale" := enterprise."scale"\073
  NEW."catalogTier" := enterprise."exportReadinessTier"\073
  NEW."catalogSentraId" := enterprise."sentraId"\073
  NEW."catalogKbliCode" := (SELECT k."code" FROM "Kbli" k WHERE k."id" = NEW."kbliId")\073
  SELECT coalesce(array_agg(DISTINCT c."type" ORDER BY c."type"), ARRAY[]::"CertificateType"[]), min(c."expiresAt")
    INTO NEW."catalogCertificates", NEW."catalogCertificatesUntil"
    FROM "Certificate" c
    WHERE c."enterpriseId" = NEW."enterpriseId" AND (c."expiresAt" IS NULL OR c."expiresAt" >= CURRENT_DATE)\073
  RETURN NEW\073
END
';

CREATE TRIGGER catalog_product_facts BEFORE INSERT OR UPDATE ON "Product"
  FOR EACH ROW EXECUTE FUNCTION catalog_product_facts();

-- An enterprise's change reaches its products: the no-op update runs catalog_product_facts.
CREATE FUNCTION catalog_enterprise_changed() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "Product" SET "catalogVisible" = "catalogVisible" WHERE "enterpriseId" = NEW."id"\073
  RETURN NULL\073
END
';

CREATE TRIGGER catalog_enterprise_changed AFTER UPDATE ON "Enterprise"
  FOR EACH ROW WHEN (
    OLD."status" IS DISTINCT FROM NEW."status" OR
    OLD."kecamatanCode" IS DISTINCT FROM NEW."kecamatanCode" OR
    OLD."scale" IS DISTINCT FROM NEW."scale" OR
    OLD."exportReadinessTier" IS DISTINCT FROM NEW."exportReadinessTier" OR
    OLD."sentraId" IS DISTINCT FROM NEW."sentraId"
  ) EXECUTE FUNCTION catalog_enterprise_changed();

-- A certificate added, changed or removed refreshes the certificate types of the enterprise's products.
CREATE FUNCTION catalog_certificate_changed() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP <> ''INSERT'' THEN
    UPDATE "Product" SET "catalogVisible" = "catalogVisible" WHERE "enterpriseId" = OLD."enterpriseId"\073
  END IF\073
  IF TG_OP <> ''DELETE'' AND (TG_OP = ''INSERT'' OR NEW."enterpriseId" IS DISTINCT FROM OLD."enterpriseId"
      OR NEW."type" IS DISTINCT FROM OLD."type" OR NEW."expiresAt" IS DISTINCT FROM OLD."expiresAt") THEN
    UPDATE "Product" SET "catalogVisible" = "catalogVisible" WHERE "enterpriseId" = NEW."enterpriseId"\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER catalog_certificate_changed AFTER INSERT OR UPDATE OR DELETE ON "Certificate"
  FOR EACH ROW EXECUTE FUNCTION catalog_certificate_changed();

-- Rows that exist before this migration.
UPDATE "Product" SET "catalogVisible" = "catalogVisible";

-- A change counter for the catalog: every statement that writes Product (directly, or through
-- the triggers above when an enterprise or certificate changes) moves it on. The catalog keeps
-- facet counts of filter-only browsing while the counter stands still.
CREATE SEQUENCE catalog_version;

CREATE FUNCTION catalog_version_bump() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM nextval(''catalog_version'')\073
  RETURN NULL\073
END
';

CREATE TRIGGER catalog_version_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Product"
  FOR EACH STATEMENT EXECUTE FUNCTION catalog_version_bump();
