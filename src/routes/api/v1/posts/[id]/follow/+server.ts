/** POST /api/v1/posts/{id}/follow to follow a post, DELETE to stop. */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiRoute } from '$lib/server/api/http';
import { requireUser } from '$lib/server/auth/request';
import { followPost, unfollowPost } from '$lib/server/posts/engagement';

export const POST: RequestHandler = apiRoute(async ({ locals, params }) => json(await followPost(await getDb(), requireUser(locals), params.id)));

export const DELETE: RequestHandler = apiRoute(async ({ locals, params }) => json(await unfollowPost(await getDb(), requireUser(locals), params.id)));
