/** Input of POST /api/subgraph. */
import { z } from 'zod';
import { MAX_SUBGRAPH_IDS } from '../../../shared/limits.ts';

/** Node ids (domain ids or element ids) to restore. */
export const subgraphInput = z.object({ ids: z.array(z.string().min(1).max(300)).max(MAX_SUBGRAPH_IDS) });
