"use client";

import { useEffect } from "react";
import { hydratedEvent } from "@/lib/admission/hydrated-event";

/**
 * Tells the page that the app has hydrated: `data-hydrated` on <html> and the event the production
 * server's script loader waits for to replay a tap or a submit that came before
 * (lib/admission/defer-scripts.ts). Renders nothing.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.setAttribute("data-hydrated", "");
    window.dispatchEvent(new Event(hydratedEvent));
  }, []);
  return null;
}
