/**
 * What the network's create forms share: vocabulary options labelled in the reader's
 * language, reading a posted form into plain values, and service field names turned
 * into form field names.
 */
import { concepts, type Locale, type VocabularyName } from '../vocab';

export interface Option {
	value: string;
	label: string;
}

/** The concepts of a vocabulary as choices, sorted by their label in `locale`. */
export function vocabOptions(vocab: VocabularyName, locale: Locale, keep: (concept: ReturnType<typeof concepts>[number]) => boolean = () => true): Option[] {
	return concepts(vocab)
		.filter(keep)
		.map((concept) => ({ value: concept.code, label: concept.labels[locale] }))
		.sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** Posted values: text fields as strings (bounded), the `multi` fields as lists; files ignored. */
export type FormValues = Record<string, string | string[]>;

/** Reads a posted form into FormValues. */
export async function readFormValues(request: Request, multi: readonly string[]): Promise<FormValues> {
	const form = await request.formData();
	const values: FormValues = {};
	for (const key of new Set(form.keys())) {
		const all = form.getAll(key).map((value) => (typeof value === 'string' ? value.slice(0, 20_000) : ''));
		values[key] = multi.includes(key) ? all.slice(0, 500) : all[0];
	}
	for (const key of multi) if (!(key in values)) values[key] = [];
	return values;
}

/** A text value of FormValues ('' when absent or a list). */
export function textOf(values: FormValues, name: string): string {
	const value = values[name];
	return typeof value === 'string' ? value : '';
}

/** A list value of FormValues ([] when absent). */
export function listOf(values: FormValues, name: string): string[] {
	const value = values[name];
	return Array.isArray(value) ? value : [];
}

/** Non-empty trimmed lines of a text area. */
export function linesOf(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);
}

/** Service field names as form field names: "contact.email" → "contact_email", "otherNames.2" → "otherNames". */
export function formFieldKeys(fields: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(fields).map(([key, message]) => [key.replace(/\.(\d+)(\..*)?$/, '').replace('.', '_'), message]));
}
