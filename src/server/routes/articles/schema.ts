/** Input of GET /api/articles/:id. */
import { z } from 'zod';

/** An article id. */
export const articleInput = z.object({ id: z.string().min(1).max(300) });
