// The app's server modules import "server-only", which throws outside Next's server bundle; a
// job process is server-side by definition, so the marker resolves to an empty module here.
// Import this first, then load the app's modules with dynamic import().
import { register } from "node:module";

const hooks = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
