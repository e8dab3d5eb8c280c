/** Input of GET /api/meetings. */
import { z } from 'zod';
import { MAX_MEETINGS } from '../../../shared/limits.ts';

/** `person` (id), optional `other` (id) for a pair, `limit`. */
export const meetingsInput = z.object({
  person: z.string().min(1).max(300),
  other: z.string().min(1).max(300).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_MEETINGS).default(MAX_MEETINGS),
});
