import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { clientContext, requirePageUser, siteOrigin } from '$lib/server/auth/request';
import { createResource } from '$lib/server/library/review';
import { ATTACHMENT_ACCEPT } from '$lib/server/library/attachments';
import { failResourceForm, type FormFailure, parseResourceForm, readResourceForm, resourceFormOptions } from '$lib/server/library/review-form';
import { localizeHref } from '$lib/i18n';

export const load: PageServerLoad = (event) => {
	requirePageUser(event);
	return { options: resourceFormOptions(event.locals.locale), accept: ATTACHMENT_ACCEPT };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requirePageUser(event);
		const read = await readResourceForm(event.request);
		if (!read.ok) return read.failure;
		const { values, file, fileError, intent } = read.form;
		const parsed = parseResourceForm(values);
		const errors: Record<string, string> = parsed.ok ? {} : { ...parsed.errors };
		if (fileError) errors.file = fileError;
		if (!parsed.ok || fileError) return fail(400, { errors, values } satisfies FormFailure);
		let slug: string;
		try {
			const record = await createResource(await getDb(), user, parsed.data, {
				submit: intent === 'submit',
				file,
				ctx: { ip: clientContext(event).ip, origin: siteOrigin(event.url) }
			});
			slug = record.slug;
		} catch (failure) {
			return failResourceForm(failure, values);
		}
		redirect(303, `${localizeHref('/library/mine')}?done=${encodeURIComponent(slug)}`);
	}
};
