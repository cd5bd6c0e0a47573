// Which PostgreSQL server versions the portal runs on, as a pure check of `server_version_num`.
// 15: the migrations create unique indexes with NULLS NOT DISTINCT, which PostgreSQL 14 rejects.
export const minimumPostgresMajor = 15;

/** The major version of a `server_version_num` such as 150004 (15.4). */
export function postgresMajor(versionNum: number): number {
  return Math.floor(versionNum / 10000);
}

/** Why a server of this version cannot be used, or null when it can. */
export function postgresVersionProblem(versionNum: number): string | null {
  if (versionNum >= minimumPostgresMajor * 10000) return null;
  return `DATABASE_URL: PostgreSQL ${minimumPostgresMajor} or newer is required: the migrations use NULLS NOT DISTINCT (server is ${postgresMajor(versionNum)})`;
}
