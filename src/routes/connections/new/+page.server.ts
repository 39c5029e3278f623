import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { clientContext, requirePageUser, siteOrigin } from '$lib/server/auth/request';
import { AppError } from '$lib/server/errors';
import { CONNECTION_KINDS, MESSAGE_MAX_LENGTH, createConnectionRequest } from '$lib/server/connect/service';
import { requestFormContext } from '$lib/server/connect/views';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { refusalMessage } from '../refusal';

type Kind = (typeof CONNECTION_KINDS)[number];
const isKind = (value: unknown): value is Kind => typeof value === 'string' && (CONNECTION_KINDS as readonly string[]).includes(value);

function targetOf(url: URL): { actor?: string; person?: string } {
	const actor = url.searchParams.get('actor')?.slice(0, 300) || undefined;
	const person = url.searchParams.get('person')?.slice(0, 300) || undefined;
	return actor ? { actor } : { person };
}

export const load: PageServerLoad = async (event) => {
	const user = requirePageUser(event);
	const target = targetOf(event.url);
	if (!target.actor && !target.person) error(404, { message: m.connect_error_not_found(), code: 'not_found' });
	try {
		const context = await requestFormContext(await getDb(), user, target, event.locals.locale);
		const asked = event.url.searchParams.get('kind');
		const kind: Kind = isKind(asked) && (asked !== 'mentoring' || context.offersMentoring) ? asked : 'introduction';
		return { ...context, kind, messageMax: MESSAGE_MAX_LENGTH };
	} catch (failure) {
		if (failure instanceof AppError && failure.code === 'not_found') error(404, { message: m.connect_error_not_found(), code: 'not_found' });
		throw failure;
	}
};

export const actions: Actions = {
	default: async (event) => {
		const user = requirePageUser(event);
		const form = await event.request.formData();
		const text = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : '');
		const values = {
			kind: text('kind'),
			message: text('message').slice(0, MESSAGE_MAX_LENGTH + 1000),
			fromActor: text('fromActor'),
			categories: form.getAll('categories').filter((value): value is string => typeof value === 'string').slice(0, 20)
		};
		const errors: Record<string, string> = {};
		if (!isKind(values.kind)) errors.kind = m.connect_error_kind();
		if (values.message.trim() === '') errors.message = m.connect_error_message_required();
		else if (values.message.trim().length > MESSAGE_MAX_LENGTH) errors.message = m.connect_error_message_too_long({ max: String(MESSAGE_MAX_LENGTH) });
		if (Object.keys(errors).length) return fail(400, { errors, values });
		const target = targetOf(event.url);
		try {
			await createConnectionRequest(
				await getDb(),
				user,
				{
					kind: values.kind as Kind,
					toActor: target.actor,
					toPerson: target.person,
					fromActor: values.fromActor || null,
					message: values.message,
					categories: values.kind === 'mentoring' ? values.categories : []
				},
				{ ip: clientContext(event).ip, origin: siteOrigin(event.url) }
			);
		} catch (failure) {
			const refusal = refusalMessage(failure, event.locals.locale);
			if (!refusal) throw failure;
			const field = refusal.field === 'recipient' || refusal.field === 'request' ? '_' : refusal.field;
			return fail(failure instanceof AppError ? failure.status : 400, { errors: { [field]: refusal.message }, values });
		}
		redirect(303, `${localizeHref('/connections')}?done=sent`);
	}
};
