import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { clientContext, requirePageUser } from '$lib/server/auth/request';
import { AppError, zodFieldErrors } from '$lib/server/errors';
import { lookup } from '$lib/server/vocab';
import { createPerson, PERSON_VISIBILITIES } from '$lib/server/network/people';
import { toLocale } from '$lib/server/network/present';
import { formFieldKeys, listOf, readFormValues, textOf, vocabOptions, type FormValues } from '$lib/server/network/form-support';
import { canCurate } from '$lib/domain/user';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

const MULTI = ['categories', 'languages', 'availability'] as const;

/** The form with messages in the reader's language; vocabularies are checked again by the service. */
const formSchema = () =>
	z.object({
		name: z.string().trim().min(1, m.netform_error_name_required()).max(200, m.netform_error_too_long()),
		countries: z.string().max(2000, m.netform_error_too_long()),
		visibility: z.enum(PERSON_VISIBILITIES, m.netform_error_visibility()),
		contact: z.string().trim().max(300, m.netform_error_too_long()),
		bio: z.string().trim().max(5000, m.netform_error_too_long())
	});

/** Country names or codes separated by commas, as codes; the ones not recognised are returned apart. */
function countryCodes(text: string): { codes: string[]; unknown: string[] } {
	const codes: string[] = [];
	const unknown: string[] = [];
	for (const part of text.split(/[,;\n]/).map((value) => value.trim()).filter(Boolean)) {
		const concept = lookup('country', part);
		if (concept) codes.push(concept.code);
		else unknown.push(part);
	}
	return { codes: [...new Set(codes)], unknown };
}

function personInputOf(values: FormValues, locale: string) {
	const parsed = formSchema().safeParse(Object.fromEntries(Object.keys(formSchema().shape).map((key) => [key, textOf(values, key)])));
	const errors: Record<string, string> = parsed.success ? {} : formFieldKeys(zodFieldErrors(parsed.error.issues));
	const countries = countryCodes(textOf(values, 'countries'));
	if (countries.unknown.length) errors.countries = m.netform_error_countries({ names: countries.unknown.join(', ') });
	if (!parsed.success || Object.keys(errors).length) return { errors };
	const availability = listOf(values, 'availability');
	return {
		errors,
		input: {
			name: parsed.data.name,
			categories: listOf(values, 'categories'),
			languages: listOf(values, 'languages'),
			countries: countries.codes,
			availableMentoring: availability.includes('mentoring'),
			availableAdvisory: availability.includes('advisory'),
			visibility: parsed.data.visibility,
			contact: parsed.data.contact,
			bio: parsed.data.bio ? { [locale]: parsed.data.bio } : {}
		}
	};
}

export const load: PageServerLoad = async (event) => {
	const user = requirePageUser(event);
	const locale = toLocale(event.locals.locale);
	return {
		isCurator: canCurate(user),
		defaultName: canCurate(user) ? '' : user.displayName,
		languageLabel: lookup('language', locale)?.labels[locale] ?? locale,
		added: event.url.searchParams.get('added')?.slice(0, 200) ?? null,
		options: {
			categories: vocabOptions('skills-category', locale),
			languages: vocabOptions('language', locale)
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requirePageUser(event);
		const locale = toLocale(event.locals.locale);
		const values = await readFormValues(event.request, MULTI);
		const { input, errors } = personInputOf(values, locale);
		if (!input) return fail(400, { errors, values });
		try {
			await createPerson(await getDb(), user, input, { ip: clientContext(event).ip });
		} catch (failure) {
			if (failure instanceof AppError && failure.code === 'conflict') return fail(409, { errors: { _: m.netform_person_already() }, values });
			if (failure instanceof AppError && failure.code === 'invalid_input') {
				const fields = formFieldKeys(failure.fields ?? { _: failure.message });
				for (const key of ['categories', 'languages', 'countries']) if (fields[key]) fields[key] = m.netform_error_choice();
				return fail(400, { errors: fields, values });
			}
			if (failure instanceof AppError) error(failure.status, { message: failure.message, code: failure.code });
			throw failure;
		}
		redirect(303, `${localizeHref('/people/new')}?added=${encodeURIComponent(input.name)}`);
	}
};
