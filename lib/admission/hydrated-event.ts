/** Sent on window when the app has hydrated (components/layout/hydration-mark.tsx, lib/admission/defer-scripts.ts). */
export const hydratedEvent = "temu:hydrated";
