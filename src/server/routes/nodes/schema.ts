/** Inputs of the /api/nodes routes. */
import { z } from 'zod';
import { MAX_NEIGHBOURS, NEIGHBOUR_PAGE } from '../../../shared/limits.ts';

/** A node's domain id in the path. */
export const nodeInput = z.object({ id: z.string().min(1).max(300) });

/** Which page of neighbours: `skip` already shown, `limit` more (capped). */
export const neighboursInput = nodeInput.extend({
  skip: z.coerce.number().int().min(0).max(100_000).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_NEIGHBOURS).default(NEIGHBOUR_PAGE),
});
