/** Input of POST /api/cypher. */
import { z } from 'zod';

/** The query text and optional parameters (length is checked by the read-only guard, with its own message). */
export const cypherInput = z.object({
  query: z.string(),
  params: z.record(z.unknown()).default({}),
});
