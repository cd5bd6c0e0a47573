// The message catalogs, one file per area so features can add strings side by side:
// messages/<area>.<locale>.json, merged by top-level namespace. Every area has both locales.
import accountsEn from "@/messages/accounts.en.json";
import accountsId from "@/messages/accounts.id.json";
import coreEn from "@/messages/en.json";
import firstAdminEn from "@/messages/first-admin.en.json";
import firstAdminId from "@/messages/first-admin.id.json";
import importErrorsEn from "@/messages/import-errors.en.json";
import importErrorsId from "@/messages/import-errors.id.json";
import certificatesEn from "@/messages/certificates.en.json";
import certificatesId from "@/messages/certificates.id.json";
import curationQueueEn from "@/messages/curation-queue.en.json";
import curationQueueId from "@/messages/curation-queue.id.json";
import enterpriseProfileEn from "@/messages/enterprise-profile.en.json";
import enterpriseProfileId from "@/messages/enterprise-profile.id.json";
import enterprisesEn from "@/messages/enterprises.en.json";
import enterprisesId from "@/messages/enterprises.id.json";
import coreId from "@/messages/id.json";
import readinessPagesEn from "@/messages/export-readiness-pages.en.json";
import readinessPagesId from "@/messages/export-readiness-pages.id.json";
import myAccountEn from "@/messages/my-account.en.json";
import myAccountId from "@/messages/my-account.id.json";
import productsEn from "@/messages/products.en.json";
import productsId from "@/messages/products.id.json";
import productCurationEn from "@/messages/product-curation.en.json";
import productCurationId from "@/messages/product-curation.id.json";
import catalogPagesEn from "@/messages/catalog-pages.en.json";
import catalogPagesId from "@/messages/catalog-pages.id.json";
import assistedEn from "@/messages/assisted.en.json";
import assistedId from "@/messages/assisted.id.json";
import buyerProfileEn from "@/messages/buyer-profile.en.json";
import buyerProfileId from "@/messages/buyer-profile.id.json";
import inquiriesEn from "@/messages/inquiries.en.json";
import inquiriesId from "@/messages/inquiries.id.json";
import sourcingEn from "@/messages/sourcing.en.json";
import sourcingId from "@/messages/sourcing.id.json";
import discoverabilityEn from "@/messages/discoverability.en.json";
import discoverabilityId from "@/messages/discoverability.id.json";
import catalogSearchEn from "@/messages/catalog-search.en.json";
import catalogSearchId from "@/messages/catalog-search.id.json";
import matchingEn from "@/messages/matching.en.json";
import matchingId from "@/messages/matching.id.json";
import type { AppLocale } from "./config";
import eventAdminEn from "@/messages/event-admin.en.json";
import eventAdminId from "@/messages/event-admin.id.json";
import eventDayEn from "@/messages/event-day.en.json";
import eventDayId from "@/messages/event-day.id.json";
import schedulingEn from "@/messages/scheduling.en.json";
import reportsEn from "@/messages/reports.en.json";
import referralsEn from "@/messages/referrals.en.json";
import referralsId from "@/messages/referrals.id.json";
import auditViewerEn from "@/messages/audit-viewer.en.json";
import notificationsEn from "@/messages/notifications.en.json";
import notificationsId from "@/messages/notifications.id.json";
import auditViewerId from "@/messages/audit-viewer.id.json";
import reportsId from "@/messages/reports.id.json";
import schedulingId from "@/messages/scheduling.id.json";
import importsEn from "@/messages/imports.en.json";
import importsId from "@/messages/imports.id.json";
import liveDayEn from "@/messages/live-day.en.json";
import liveDayId from "@/messages/live-day.id.json";

const id = {
  ...coreId,
  ...accountsId,
  ...myAccountId,
  ...enterprisesId,
  ...certificatesId,
  ...readinessPagesId,
  ...curationQueueId,
  ...enterpriseProfileId,
  ...productsId,
  ...productCurationId,
  ...catalogPagesId,
  ...assistedId,
  ...buyerProfileId,
  ...inquiriesId,
  ...sourcingId,
  ...discoverabilityId,
  ...catalogSearchId,
  ...matchingId,
  ...eventAdminId,
  ...eventDayId,
  ...schedulingId,
  ...reportsId,
  ...referralsId,
  ...auditViewerId,
  ...notificationsId,
  ...firstAdminId,
  ...importErrorsId,
  ...importsId,
  ...liveDayId,
};

/** The Indonesian catalog's shape is the type every catalog must have. */
export type Messages = typeof id;

export const catalogs: Record<AppLocale, Messages> = {
  id,
  en: { ...coreEn, ...accountsEn, ...myAccountEn, ...enterprisesEn, ...certificatesEn, ...readinessPagesEn, ...curationQueueEn, ...enterpriseProfileEn, ...productsEn, ...productCurationEn, ...catalogPagesEn, ...assistedEn, ...buyerProfileEn, ...inquiriesEn, ...sourcingEn, ...discoverabilityEn, ...catalogSearchEn, ...matchingEn, ...eventAdminEn, ...eventDayEn, ...schedulingEn, ...reportsEn, ...referralsEn, ...auditViewerEn, ...notificationsEn, ...firstAdminEn, ...importErrorsEn, ...importsEn, ...liveDayEn },
};
