import { z } from 'zod';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { getDb } from '$lib/server/db';
import { ROLES } from '$lib/domain/user';
import {
	addActorMemberBySlug,
	disableUser,
	enableUser,
	getUserForAdmin,
	removeActorMember,
	setRole
} from '$lib/server/auth/service';
import { clientContext, requirePageRole } from '$lib/server/auth/request';
import { errorMessage, failWithError, failWithErrors, formValues, parseForm } from '$lib/server/auth/forms';
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
	const admin = requirePageRole(event, 'admin');
	try {
		return { target: await getUserForAdmin(await getDb(), admin, event.params.id), selfId: admin.id };
	} catch (problem) {
		const message = errorMessage(problem);
		if (message) error(404, { message, code: 'not_found' });
		throw problem;
	}
};

/** Runs one admin change and answers with a notice, or the error on the given field. */
async function change(event: RequestEvent, notice: string, run: (form: FormData) => Promise<unknown>, field = '_') {
	requirePageRole(event, 'admin');
	const form = await event.request.formData();
	try {
		await run(form);
	} catch (problem) {
		return failWithError(problem, formValues(form, ['slug', 'role']), field);
	}
	return { notice };
}

export const actions: Actions = {
	role: async (event) => {
		const admin = requirePageRole(event, 'admin');
		const values = formValues(await event.request.formData(), ['role']);
		const parsed = parseForm(z.object({ role: z.enum(ROLES, { message: m.admin_error_role_invalid() }) }), values);
		if (!parsed.ok) return failWithErrors(parsed.errors, values);
		try {
			await setRole(await getDb(), admin, event.params.id, parsed.data.role, clientContext(event));
		} catch (problem) {
			return failWithError(problem, values, 'role');
		}
		return { notice: m.admin_user_role_changed() };
	},

	disable: (event) =>
		change(event, m.admin_user_disabled_notice(), async () =>
			disableUser(await getDb(), event.locals.user!, event.params.id, clientContext(event))
		),

	enable: (event) =>
		change(event, m.admin_user_enabled_notice(), async () =>
			enableUser(await getDb(), event.locals.user!, event.params.id, clientContext(event))
		),

	addMember: async (event) => {
		const admin = requirePageRole(event, 'admin');
		const values = formValues(await event.request.formData(), ['slug']);
		const schema = z.object({
			slug: z.string().trim().min(1, m.admin_error_slug_required()).max(200, m.admin_error_slug_too_long())
		});
		const parsed = parseForm(schema, values);
		if (!parsed.ok) return failWithErrors(parsed.errors, values);
		try {
			await addActorMemberBySlug(await getDb(), parsed.data.slug, event.params.id, { by: admin, ...clientContext(event) });
		} catch (problem) {
			return failWithError(problem, values, 'slug');
		}
		return { notice: m.admin_user_member_added() };
	},

	removeMember: (event) =>
		change(event, m.admin_user_member_removed(), async (form) =>
			removeActorMember(await getDb(), String(form.get('actorId') ?? ''), event.params.id, {
				by: event.locals.user,
				...clientContext(event)
			})
		)
};
