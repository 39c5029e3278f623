import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { clientContext, requirePageUser, siteOrigin } from '$lib/server/auth/request';
import { NOTE_MAX_LENGTH, acceptConnectionRequest, declineConnectionRequest, withdrawConnectionRequest } from '$lib/server/connect/service';
import { blockAccount, listBlocks, unblockAccount } from '$lib/server/connect/blocks';
import { listConnections } from '$lib/server/connect/views';
import { localizeHref } from '$lib/i18n';
import { refusalMessage } from './refusal';

const DONE = ['sent', 'accepted', 'declined', 'withdrawn', 'blocked', 'unblocked'] as const;

export const load: PageServerLoad = async (event) => {
	const user = requirePageUser(event);
	const db = await getDb();
	const [{ items }, blocks] = await Promise.all([listConnections(db, user, event.locals.locale), listBlocks(db, user)]);
	const done = event.url.searchParams.get('done');
	return {
		received: items.filter((item) => item.direction === 'received' && item.status === 'pending'),
		sent: items.filter((item) => item.direction === 'sent' && item.status === 'pending'),
		accepted: items.filter((item) => item.status === 'accepted'),
		earlier: items.filter((item) => item.status === 'declined' || item.status === 'withdrawn'),
		blocks: blocks.items,
		done: (DONE as readonly string[]).includes(done ?? '') ? (done as (typeof DONE)[number]) : null,
		noteMax: NOTE_MAX_LENGTH
	};
};

/** Runs one answer and comes back to the page with its notice, or shows the refusal beside the request. */
async function act(event: RequestEvent, done: (typeof DONE)[number], run: (form: FormData) => Promise<unknown>) {
	requirePageUser(event);
	const form = await event.request.formData();
	try {
		await run(form);
	} catch (failure) {
		const refusal = refusalMessage(failure, event.locals.locale);
		if (!refusal) throw failure;
		return fail(400, { actionError: refusal.message, id: String(form.get('id') ?? form.get('userId') ?? '') });
	}
	redirect(303, `${localizeHref('/connections')}?done=${done}`);
}

const field = (form: FormData, name: string, max = 100) => String(form.get(name) ?? '').slice(0, max);

export const actions: Actions = {
	accept: (event) =>
		act(event, 'accepted', async (form) =>
			acceptConnectionRequest(await getDb(), event.locals.user, field(form, 'id'), field(form, 'note', NOTE_MAX_LENGTH), { ip: clientContext(event).ip, origin: siteOrigin(event.url) })
		),
	decline: (event) =>
		act(event, 'declined', async (form) =>
			declineConnectionRequest(await getDb(), event.locals.user, field(form, 'id'), field(form, 'note', NOTE_MAX_LENGTH), { ip: clientContext(event).ip, origin: siteOrigin(event.url) })
		),
	withdraw: (event) =>
		act(event, 'withdrawn', async (form) => withdrawConnectionRequest(await getDb(), event.locals.user, field(form, 'id'), { ip: clientContext(event).ip, origin: siteOrigin(event.url) })),
	block: (event) => act(event, 'blocked', async (form) => blockAccount(await getDb(), event.locals.user, field(form, 'userId'), { ip: clientContext(event).ip })),
	unblock: (event) => act(event, 'unblocked', async (form) => unblockAccount(await getDb(), event.locals.user, field(form, 'userId'), { ip: clientContext(event).ip }))
};
