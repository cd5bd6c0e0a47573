// Where a participant comes from, as the participants list shows it. Kecamatan are Semarang's
// (an SME's location); a buyer from elsewhere has a city (and a country when abroad), which is
// never shown as a kecamatan. Pure.

export type ParticipantPlace = { label: "kecamatan"; name: string } | { label: "city"; name: string; country: string | null } | null;

type Placed = { enterprise?: { kecamatan: { name: string } } | null; buyer?: { city: string; country: string } | null };

export function participantPlace(row: Placed): ParticipantPlace {
  if (row.enterprise) return { label: "kecamatan", name: row.enterprise.kecamatan.name };
  if (row.buyer?.city) return { label: "city", name: row.buyer.city, country: row.buyer.country === "ID" ? null : row.buyer.country };
  return null;
}
