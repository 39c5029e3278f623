import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { clientContext, requirePageUser } from '$lib/server/auth/request';
import { AppError, zodFieldErrors } from '$lib/server/errors';
import { lookup } from '$lib/server/vocab';
import { createProject } from '$lib/server/network/projects';
import { managedOrganisations, resolvePartnerName } from '$lib/server/network/partner-names';
import { toLocale } from '$lib/server/network/present';
import { formFieldKeys, listOf, readFormValues, textOf, vocabOptions, type FormValues } from '$lib/server/network/form-support';
import { canCurate } from '$lib/domain/user';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

/** Partner rows the form offers (a project with more partners is completed by a curator). */
const PARTNER_ROWS = 8;

const optionalYear = () =>
	z
		.string()
		.trim()
		.regex(/^(\d{4})?$/, m.netform_error_project_year())
		.transform((text) => (text === '' ? null : Number(text)))
		.refine((value) => value === null || (value >= 1900 && value <= 2100), m.netform_error_project_year());

const formSchema = () =>
	z
		.object({
			name: z.string().trim().min(1, m.netform_error_name_required()).max(300, m.netform_error_too_long()),
			startYear: optionalYear(),
			endYear: optionalYear(),
			fundingProgramme: z.string().trim().max(300, m.netform_error_too_long()),
			typologyCell: z.string().trim().max(64),
			description: z.string().trim().max(10_000, m.netform_error_too_long())
		})
		.refine((value) => value.startYear === null || value.endYear === null || value.endYear >= value.startYear, { message: m.netform_error_period(), path: ['endYear'] });

/** The project as the form gives it, partners resolved by name against the directory; per-field problems otherwise. */
async function projectInputOf(values: FormValues, locale: string) {
	const parsed = formSchema().safeParse(Object.fromEntries(['name', 'startYear', 'endYear', 'fundingProgramme', 'typologyCell', 'description'].map((key) => [key, textOf(values, key)])));
	const errors: Record<string, string> = parsed.success ? {} : formFieldKeys(zodFieldErrors(parsed.error.issues));
	const partners: { actorId: string; role: 'lead' | 'partner' }[] = [];
	const db = await getDb();
	for (let index = 0; index < PARTNER_ROWS; index++) {
		const name = textOf(values, `partner_${index}`).trim();
		if (!name) continue;
		const role = textOf(values, `role_${index}`) === 'lead' ? 'lead' : 'partner';
		const found = name.length > 300 ? ({ status: 'unknown' } as const) : await resolvePartnerName(db, name, locale);
		if (found.status === 'found') {
			if (partners.some((partner) => partner.actorId === found.actor.id)) errors[`partner_${index}`] = m.netform_error_partner_twice();
			else partners.push({ actorId: found.actor.id, role });
		} else if (found.status === 'ambiguous') {
			errors[`partner_${index}`] = m.netform_error_partner_ambiguous({ choices: found.candidates.map((candidate) => `${candidate.slug}${candidate.place ? ` (${candidate.place})` : ''}`).join('; ') });
		} else errors[`partner_${index}`] = m.netform_error_partner_unknown({ name });
	}
	if (!parsed.success || Object.keys(errors).length) return { errors };
	const form = parsed.data;
	return {
		errors,
		input: {
			name: form.name,
			startYear: form.startYear,
			endYear: form.endYear,
			fundingProgramme: form.fundingProgramme,
			categories: listOf(values, 'categories'),
			typologyCell: form.typologyCell || null,
			description: form.description ? { [locale]: form.description } : {},
			partners
		}
	};
}

export const load: PageServerLoad = async (event) => {
	const user = requirePageUser(event);
	const locale = toLocale(event.locals.locale);
	const managed = canCurate(user) ? [] : await managedOrganisations(await getDb(), user, locale);
	return {
		isCurator: canCurate(user),
		managed,
		allowed: canCurate(user) || managed.length > 0,
		partnerRows: PARTNER_ROWS,
		languageLabel: lookup('language', locale)?.labels[locale] ?? locale,
		options: {
			categories: vocabOptions('skills-category', locale),
			cells: vocabOptions('action-typology', locale, (concept) => !concept.parent)
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requirePageUser(event);
		const locale = toLocale(event.locals.locale);
		const values = await readFormValues(event.request, ['categories']);
		const { input, errors } = await projectInputOf(values, locale);
		if (!input) return fail(400, { errors, values });
		if (!input.partners.some((partner) => partner.role === 'lead') && !canCurate(user)) {
			return fail(400, { errors: { partner_0: m.netform_error_lead_required() }, values });
		}
		let created: { slug: string };
		try {
			created = await createProject(await getDb(), user, input, { ip: clientContext(event).ip });
		} catch (failure) {
			if (failure instanceof AppError && failure.code === 'forbidden') return fail(403, { errors: { partner_0: m.netform_error_lead_managed() }, values });
			if (failure instanceof AppError && failure.code === 'invalid_input') {
				const fields = formFieldKeys(failure.fields ?? { _: failure.message });
				for (const key of ['categories', 'typologyCell']) if (fields[key]) fields[key] = m.netform_error_choice();
				return fail(400, { errors: fields, values });
			}
			if (failure instanceof AppError) error(failure.status, { message: failure.message, code: failure.code });
			throw failure;
		}
		redirect(303, localizeHref(`/projects/${created.slug}`));
	}
};
