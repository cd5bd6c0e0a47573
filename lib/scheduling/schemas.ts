// The instance format as data from outside (a JSON file, a job payload) must have it. The
// scheduler itself tolerates odd input (unknown participants, duplicate ids: skipped); this is
// for telling the sender what is wrong.
import { z } from "zod";
import type { Instance } from "./types";

const placementSchema = z.object({ request: z.string().min(1), slot: z.number().int().nonnegative(), table: z.number().int().nonnegative() });

export const instanceSchema = z.object({
  slots: z.number().int().positive(),
  tables: z.number().int().positive(),
  seats: z.number().int().min(2).optional(),
  participants: z.array(
    z.object({ id: z.string().min(1), available: z.array(z.number().int().nonnegative()).optional(), representatives: z.number().int().positive().optional() }),
  ),
  requests: z.array(
    z.object({ id: z.string().min(1), a: z.string().min(1), b: z.string().min(1), others: z.array(z.string().min(1)).optional(), weight: z.number().positive() }),
  ),
  fixed: z.array(placementSchema).optional(),
}) satisfies z.ZodType<Instance>;
