// Vitest resolves `server-only` here: the package's only job is to fail client bundles, and
// tests run in Node, where every module is server code.
export {};
