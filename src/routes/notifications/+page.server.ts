import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageUser } from '$lib/server/auth/request';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from '$lib/server/notify/service';
import { AppError } from '$lib/server/errors';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
	const user = requirePageUser(event);
	const unreadOnly = event.url.searchParams.get('unread') === '1';
	const page = Number(event.url.searchParams.get('page')) || 1;
	return { unreadOnly, notifications: await listNotifications(await getDb(), user, { page, unreadOnly }) };
};

export const actions: Actions = {
	read: async (event) => {
		const user = requirePageUser(event);
		const id = String((await event.request.formData()).get('id') ?? '');
		try {
			await markNotificationRead(await getDb(), user, id);
		} catch (failure) {
			if (failure instanceof AppError && failure.code === 'not_found') error(404, { message: m.review_error_not_found(), code: 'not_found' });
			throw failure;
		}
		return { marked: 1 };
	},
	readAll: async (event) => {
		const user = requirePageUser(event);
		return { marked: await markAllNotificationsRead(await getDb(), user) };
	}
};
