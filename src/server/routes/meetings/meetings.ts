/** GET /api/meetings: who met whom (one person) or the meetings of a pair. */
import { Router } from 'express';
import type { AppDeps } from '../../deps.ts';
import { validated } from '../../validate.ts';
import { meetingsInput } from './schema.ts';
import { meetingsBetween, whoMetWhom } from '../../../graph/queries/meetings.ts';

/** Meeting routes. */
export function meetingRoutes({ driver }: AppDeps): Router {
  const router = Router();
  router.get(
    '/meetings',
    validated(meetingsInput, 'query', async (input, res) => {
      const rows = input.other
        ? await meetingsBetween(driver, input.person, input.other, input)
        : await whoMetWhom(driver, input.person, input);
      res.json({ person: input.person, other: input.other ?? null, meetings: rows });
    }),
  );
  return router;
}
