/** Input of GET /api/search. */
import { z } from 'zod';
import { SEARCH_LIMIT } from '../../../shared/limits.ts';

/** `q` (text typed so far), optional `label` filter, `limit` (1-50). */
export const searchInput = z.object({
  q: z.string().trim().min(1, 'type at least one character').max(200),
  label: z
    .string()
    .regex(/^[A-Za-z]+$/, 'a node label such as Person')
    .optional(),
  limit: z.coerce.number().int().min(1).max(50).default(SEARCH_LIMIT),
});
