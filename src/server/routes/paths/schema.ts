/** Input of GET /api/path. */
import { z } from 'zod';

/** Two entity ids. */
export const pathInput = z.object({ from: z.string().min(1).max(300), to: z.string().min(1).max(300) });
