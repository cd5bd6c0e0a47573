// GET /peserta/acara/[slug]/agenda.ics: the signed-in participant's own published meetings as an
// iCalendar file, one entry per meeting; 404 when there is no published agenda for them.
import { createTranslator } from "next-intl";
import { agendaEntries } from "@/lib/agenda/calendar";
import { loadPersonAgenda, personParam } from "@/lib/representatives/agenda";
import { requireRoute } from "@/lib/auth/session";
import { calendarFile } from "@/lib/calendar/ics";
import { env } from "@/lib/env";
import { catalogs } from "@/lib/i18n/messages";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const user = await requireRoute("/peserta/acara/[slug]/agenda.ics", `/peserta/acara/${slug}/agenda`);
  const own = await loadPersonAgenda(user, slug, new URL(request.url).searchParams.get(personParam) ?? undefined, { withQr: false });
  if (!own || own.agenda.state !== "ready") return new Response("Not found", { status: 404 });
  const { event, meetings } = own.agenda;
  const t = createTranslator({ locale: user.locale, messages: catalogs[user.locale], namespace: "Agenda" });
  const appUrl = env().appUrl;
  const entries = agendaEntries(
    meetings.map((meeting) => ({ id: meeting.id, startsAt: meeting.startsAt, endsAt: meeting.endsAt, tableNumber: meeting.tableNumber, otherParty: [meeting.other.name, ...meeting.group].join(", ") })),
    {
      host: new URL(appUrl).host,
      venue: [event.venue, event.venueAddress].filter(Boolean).join(", "),
      summary: (meeting) => t("icsSummary", { name: meeting.otherParty, table: meeting.tableNumber }),
      url: `${appUrl}/peserta/acara/${event.slug}/agenda`,
    },
  );
  return new Response(calendarFile(entries, { name: event.title }), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="agenda-${event.slug}${own.person ? `-${own.person.position}` : ""}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
