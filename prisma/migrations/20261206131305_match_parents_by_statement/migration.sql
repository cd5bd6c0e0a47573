-- Match's four parents (Event, Enterprise, BuyerOrganization, SourcingRequest) are kept by
-- triggers instead of foreign-key constraints. A matching run writes some 35,000 rows at once, and
-- PostgreSQL checks a foreign key row by row: for the city's 20k x 2k run those checks took about
-- 510 of the 830 ms of backend CPU of the insert. Here the child side is checked once per
-- statement (the distinct parents of the statement's rows, locked FOR KEY SHARE as the
-- constraint would, in id order), and the parent side deletes or re-keys the matches as
-- ON DELETE CASCADE / ON UPDATE CASCADE did. A missing parent raises foreign_key_violation
-- (23503) with the constraint's old name, message and detail, so Prisma reports P2003 as before.
-- schema.prisma keeps the relations (Prisma has no per-relation opt-out), and npm run db:migrate:new
-- leaves these four constraints out of new migrations (lib/database/migrate.ts,
-- replacedForeignKeys). The indexes on each column (Match_*_idx, Match_eventId_status_score_idx)
-- serve the cascades.

ALTER TABLE "Match" DROP CONSTRAINT "Match_eventId_fkey";
ALTER TABLE "Match" DROP CONSTRAINT "Match_enterpriseId_fkey";
ALTER TABLE "Match" DROP CONSTRAINT "Match_buyerId_fkey";
ALTER TABLE "Match" DROP CONSTRAINT "Match_sourcingRequestId_fkey";

-- Function bodies are E'' strings with \073 for each semicolon, as in the catalog_search
-- migration: the driver adapter splits a migration script at every semicolon.

-- Locks the parents (FOR KEY SHARE, in id order) and raises 23503 naming the first one missing.
CREATE FUNCTION "match_lock_parents"(constraint_name text, parent text, key_column text, ids text[]) RETURNS void
LANGUAGE plpgsql AS E'
DECLARE
  locked integer\073
  missing text\073
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN\073
  END IF\073
  EXECUTE format(''SELECT count(*)::int FROM (SELECT 1 FROM %I WHERE id = ANY ($1) ORDER BY id FOR KEY SHARE) AS locked'', parent) INTO locked USING ids\073
  IF locked = cardinality(ids) THEN
    RETURN\073
  END IF\073
  EXECUTE format(''SELECT key FROM unnest($1) AS key WHERE NOT EXISTS (SELECT 1 FROM %I AS p WHERE p.id = key) ORDER BY key LIMIT 1'', parent) INTO missing USING ids\073
  RAISE EXCEPTION ''insert or update on table "Match" violates foreign key constraint "%"'', constraint_name
    USING ERRCODE = ''foreign_key_violation'', CONSTRAINT = constraint_name, TABLE = ''Match'', SCHEMA = current_schema(),
      DETAIL = format(''Key (%I)=(%s) is not present in table "%s".'', key_column, coalesce(missing, ''?''), parent)\073
END ';

-- After an insert or update of matches: the parents of the new keys exist (an update checks only
-- rows whose key changed, as the constraint did). Distinct keys, not rows: a run's 4,000-row
-- statement has some 3,000 enterprises, a few hundred buyers and requests, and no event or one.
CREATE FUNCTION "match_parents_exist"() RETURNS trigger
LANGUAGE plpgsql AS E'
DECLARE
  events text[]\073
  enterprises text[]\073
  buyers text[]\073
  requests text[]\073
BEGIN
  IF TG_OP = ''INSERT'' THEN
    SELECT array_agg(DISTINCT "eventId") FILTER (WHERE "eventId" IS NOT NULL),
           array_agg(DISTINCT "enterpriseId"),
           array_agg(DISTINCT "buyerId"),
           array_agg(DISTINCT "sourcingRequestId") FILTER (WHERE "sourcingRequestId" IS NOT NULL)
      INTO events, enterprises, buyers, requests
      FROM new_matches\073
  ELSE
    SELECT array_agg(DISTINCT n."eventId") FILTER (WHERE n."eventId" IS NOT NULL AND (o.id IS NULL OR n."eventId" IS DISTINCT FROM o."eventId")),
           array_agg(DISTINCT n."enterpriseId") FILTER (WHERE o.id IS NULL OR n."enterpriseId" <> o."enterpriseId"),
           array_agg(DISTINCT n."buyerId") FILTER (WHERE o.id IS NULL OR n."buyerId" <> o."buyerId"),
           array_agg(DISTINCT n."sourcingRequestId") FILTER (WHERE n."sourcingRequestId" IS NOT NULL AND (o.id IS NULL OR n."sourcingRequestId" IS DISTINCT FROM o."sourcingRequestId"))
      INTO events, enterprises, buyers, requests
      FROM new_matches AS n LEFT JOIN old_matches AS o ON o.id = n.id\073
  END IF\073
  PERFORM "match_lock_parents"(''Match_eventId_fkey'', ''Event'', ''eventId'', events)\073
  PERFORM "match_lock_parents"(''Match_enterpriseId_fkey'', ''Enterprise'', ''enterpriseId'', enterprises)\073
  PERFORM "match_lock_parents"(''Match_buyerId_fkey'', ''BuyerOrganization'', ''buyerId'', buyers)\073
  PERFORM "match_lock_parents"(''Match_sourcingRequestId_fkey'', ''SourcingRequest'', ''sourcingRequestId'', requests)\073
  RETURN NULL\073
END ';

CREATE TRIGGER "Match_parents_exist_on_insert" AFTER INSERT ON "Match"
  REFERENCING NEW TABLE AS new_matches FOR EACH STATEMENT EXECUTE FUNCTION "match_parents_exist"();
CREATE TRIGGER "Match_parents_exist_on_update" AFTER UPDATE ON "Match"
  REFERENCING OLD TABLE AS old_matches NEW TABLE AS new_matches FOR EACH STATEMENT EXECUTE FUNCTION "match_parents_exist"();

-- ON DELETE CASCADE: a statement deleting parents deletes their matches (through the index on
-- the column: = ANY of an array, whatever the planner guesses of the transition table).
CREATE FUNCTION "match_parents_deleted"() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  CASE TG_TABLE_NAME
    WHEN ''Event'' THEN DELETE FROM "Match" WHERE "eventId" = ANY (ARRAY(SELECT id FROM gone))\073
    WHEN ''Enterprise'' THEN DELETE FROM "Match" WHERE "enterpriseId" = ANY (ARRAY(SELECT id FROM gone))\073
    WHEN ''BuyerOrganization'' THEN DELETE FROM "Match" WHERE "buyerId" = ANY (ARRAY(SELECT id FROM gone))\073
    WHEN ''SourcingRequest'' THEN DELETE FROM "Match" WHERE "sourcingRequestId" = ANY (ARRAY(SELECT id FROM gone))\073
  END CASE\073
  RETURN NULL\073
END ';

CREATE TRIGGER "Match_eventId_cascade_delete" AFTER DELETE ON "Event"
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION "match_parents_deleted"();
CREATE TRIGGER "Match_enterpriseId_cascade_delete" AFTER DELETE ON "Enterprise"
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION "match_parents_deleted"();
CREATE TRIGGER "Match_buyerId_cascade_delete" AFTER DELETE ON "BuyerOrganization"
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION "match_parents_deleted"();
CREATE TRIGGER "Match_sourcingRequestId_cascade_delete" AFTER DELETE ON "SourcingRequest"
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION "match_parents_deleted"();

-- ON UPDATE CASCADE: a parent whose id changes takes its matches along (ids never change in the
-- app, and the WHEN clause makes every other update free).
CREATE FUNCTION "match_parent_rekeyed"() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  CASE TG_TABLE_NAME
    WHEN ''Event'' THEN UPDATE "Match" SET "eventId" = NEW.id WHERE "eventId" = OLD.id\073
    WHEN ''Enterprise'' THEN UPDATE "Match" SET "enterpriseId" = NEW.id WHERE "enterpriseId" = OLD.id\073
    WHEN ''BuyerOrganization'' THEN UPDATE "Match" SET "buyerId" = NEW.id WHERE "buyerId" = OLD.id\073
    WHEN ''SourcingRequest'' THEN UPDATE "Match" SET "sourcingRequestId" = NEW.id WHERE "sourcingRequestId" = OLD.id\073
  END CASE\073
  RETURN NULL\073
END ';

CREATE TRIGGER "Match_eventId_cascade_update" AFTER UPDATE OF id ON "Event"
  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION "match_parent_rekeyed"();
CREATE TRIGGER "Match_enterpriseId_cascade_update" AFTER UPDATE OF id ON "Enterprise"
  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION "match_parent_rekeyed"();
CREATE TRIGGER "Match_buyerId_cascade_update" AFTER UPDATE OF id ON "BuyerOrganization"
  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION "match_parent_rekeyed"();
CREATE TRIGGER "Match_sourcingRequestId_cascade_update" AFTER UPDATE OF id ON "SourcingRequest"
  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION "match_parent_rekeyed"();
