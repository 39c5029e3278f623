import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { clientContext, requirePageUser, siteOrigin } from '$lib/server/auth/request';
import { getResourceForEdit, updateResource } from '$lib/server/library/review';
import { canEditResource } from '$lib/server/library/review-access';
import { ATTACHMENT_ACCEPT } from '$lib/server/library/attachments';
import { failResourceForm, type FormFailure, formValuesOf, pageErrorFor, parseResourceForm, readResourceForm, resourceFormOptions } from '$lib/server/library/review-form';
import { localizeHref } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requirePageUser(event);
	const edit = await getResourceForEdit(await getDb(), user, event.params.slug).catch(pageErrorFor);
	const { record, file } = edit;
	const saved = event.url.searchParams.get('saved');
	return {
		record: { id: record.id, slug: record.slug, title: record.title, status: record.status },
		values: formValuesOf(record),
		file: file && { fileName: file.fileName, sizeBytes: file.sizeBytes, textStatus: file.textStatus, href: `/library/${record.slug}/file` },
		reviews: edit.reviews,
		canSubmit: edit.canSubmit,
		options: resourceFormOptions(event.locals.locale),
		accept: ATTACHMENT_ACCEPT,
		saved: saved !== null && /^\d{1,6}$/.test(saved) ? Number(saved) : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requirePageUser(event);
		const db = await getDb();
		const read = await readResourceForm(event.request);
		if (!read.ok) return read.failure;
		const { values, file, fileError, intent, removeFile } = read.form;
		const parsed = parseResourceForm(values);
		const errors: Record<string, string> = parsed.ok ? {} : { ...parsed.errors };
		if (fileError) errors.file = fileError;
		if (!parsed.ok || fileError) return fail(400, { errors, values } satisfies FormFailure);
		let outcome: Awaited<ReturnType<typeof updateResource>>;
		try {
			const { record } = await getResourceForEdit(db, user, event.params.slug);
			outcome = await updateResource(
				db,
				user,
				record.id,
				{ ...parsed.data, note: parsed.note, submit: intent === 'submit' },
				{ file, removeFile, ctx: { ip: clientContext(event).ip, origin: siteOrigin(event.url) } }
			);
		} catch (failure) {
			return failResourceForm(failure, values);
		}
		const { record, version } = outcome;
		if (canEditResource(user, { status: record.status, submitted_by: record.submittedBy })) {
			redirect(303, `${localizeHref(`/library/${record.slug}/edit`)}?saved=${version ?? 0}`);
		}
		redirect(303, `${localizeHref('/library/mine')}?done=${encodeURIComponent(record.slug)}`);
	}
};
