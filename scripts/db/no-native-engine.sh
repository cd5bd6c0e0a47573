#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded here.
# `prisma generate` never runs it; `prisma migrate ...` would, and lands here instead.
echo "Prisma's native schema engine is not installed on this machine." >&2
echo "Use the project's commands instead: npm run db:migrate | db:migrate:new -- <name> | db:status | db:reset" >&2
echo "(On a machine with the native engine, set PRISMA_SCHEMA_ENGINE_BINARY or unset it to let Prisma download it.)" >&2
exit 1
