// This command runs outside Next.js, on the server by definition, yet some of what it calls is
// marked `import "server-only"` (the photo pipeline and upload storage that the demo seed uses),
// which throws anywhere but in a React server bundle. As vitest.config.mts does for the tests,
// stand in the marker's empty module. Import this first: it must run before those modules load.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const marker = require.resolve("server-only");
require.cache[marker] = Object.assign(Object.create(null) as NodeJS.Module, { id: marker, filename: marker, loaded: true, exports: {} });
