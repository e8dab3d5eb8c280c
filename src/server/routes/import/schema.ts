/** Input of POST /api/import. */
import { z } from 'zod';

/** Article texts (as read from dropped files) and/or article URLs; at least one of them. */
export const importInput = z
  .object({
    files: z
      .array(z.object({ name: z.string().min(1).max(300), text: z.string().max(2_000_000) }))
      .max(100)
      .default([]),
    urls: z.array(z.string().url()).max(100).default([]),
  })
  .refine((v) => v.files.length + v.urls.length > 0, {
    message: 'send at least one file or URL',
    path: ['files'],
  });
