/** GET /api/schema takes no input. */
import { z } from 'zod';

/** No parameters. */
export const schemaInput = z.object({});
