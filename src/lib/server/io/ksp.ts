/**
 * The record text of the ILO knowledge-sharing platform (`ksp`, seeds 000 and 003), one
 * record per file. Its lines, blank lines aside:
 *
 *   title
 *   language                      ("English")
 *   publisher                     ("ILO")
 *   publisher description         (a paragraph about the publisher)
 *   topic [topic description]     (one or more headings, each optionally explained)
 *   type  [type description]      (one or more platform resource types, each with its blurb)
 *   abstract                      (everything after the last type's blurb)
 *
 * Types are recognised by the resource-type vocabulary, whose English labels are the
 * platform's wording. A heading is a short line that does not end a sentence; a longer
 * line is a description of the heading before it (or, before any heading, of the
 * publisher).
 */
import { AppError } from '../errors';
import { lookup, suggest } from '../vocab';

export interface KspRecord {
	title: string;
	/** Language code ("en"). */
	language: string;
	publisher: string;
	publisherDescription: string;
	topics: string[];
	/** Topic → its description, when the record gives one. */
	topicDescriptions: Record<string, string>;
	/** Resource type codes in the order given. */
	types: string[];
	/** Type code → the platform's description of that type. */
	typeDescriptions: Record<string, string>;
	/** The type the record is filed under when it lists several (see primaryType). */
	type: string;
	/** Markdown: one paragraph per source line, "- " lines kept together as a list. */
	abstract: string;
}

/**
 * When a record lists several types, the one that says what the document is wins over
 * one that says how it may be used: a review filed as both "Case studies and good
 * practices" and "Research papers" is a research paper.
 */
const TYPE_PRECEDENCE = ['research-paper', 'evaluation-report', 'policy-document', 'statistics', 'tool-guideline', 'course', 'promotional-material', 'case-study'];

const MAX_HEADING_LENGTH = 120;

function isHeading(line: string): boolean {
	return line.length <= MAX_HEADING_LENGTH && !/[.:;!?]$/.test(line);
}

function typeOf(line: string): string | null {
	if (line.length > MAX_HEADING_LENGTH) return null;
	return lookup('resource-type', line)?.code ?? null;
}

/** The type a record with several types is filed under. */
export function primaryType(types: string[]): string {
	return [...types].sort((a, b) => rank(a) - rank(b))[0];
}

function rank(code: string): number {
	const index = TYPE_PRECEDENCE.indexOf(code);
	return index < 0 ? TYPE_PRECEDENCE.length : index;
}

/** True when the text has the shape of a ksp record (a language name on its second line). */
export function looksLikeKsp(text: string): boolean {
	const lines = text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);
	return lines.length >= 4 && !!lookup('language', lines[1]) && lines.slice(3).some((line) => typeOf(line) !== null);
}

/** Turns source lines into Markdown paragraphs, keeping runs of "- " items as one list. */
function toMarkdown(lines: string[]): string {
	const blocks: string[] = [];
	for (const line of lines) {
		const isItem = /^[-*•]\s+/.test(line);
		const previous = blocks.length ? blocks[blocks.length - 1] : '';
		if (isItem && /^- /.test(previous.split('\n').pop() ?? '')) blocks[blocks.length - 1] = `${previous}\n- ${line.replace(/^[-*•]\s+/, '')}`;
		else blocks.push(isItem ? `- ${line.replace(/^[-*•]\s+/, '')}` : line);
	}
	return blocks.join('\n\n');
}

/** Parses one ksp record; throws AppError naming what is missing or unknown. */
export function parseKsp(text: string): KspRecord {
	const lines = text
		.replace(/^\ufeff/, '')
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);
	const [title, languageText, publisher] = lines;
	if (!title) throw new AppError('invalid_input', 'title: the record is empty.');
	if (!languageText) throw new AppError('invalid_input', 'language: the second line (the language) is missing.');
	const language = lookup('language', languageText);
	if (!language) {
		const near = suggest('language', languageText);
		throw new AppError('invalid_input', `language: unknown language "${languageText.slice(0, 80)}" on line 2${near ? ` (did you mean "${near.label}"?)` : ''}`);
	}
	if (!publisher) throw new AppError('invalid_input', 'publisher: the third line (the publisher) is missing.');

	const rest = lines.slice(3);
	const firstType = rest.findIndex((line) => typeOf(line) !== null);
	if (firstType < 0) {
		const known = ['Case studies and good practices', 'Research papers', 'Promotional material', 'Policy documents', 'Tools and guidelines'];
		throw new AppError('invalid_input', `type: no line names a resource type (such as ${known.map((k) => `"${k}"`).join(', ')}).`);
	}

	let publisherDescription = '';
	const topics: string[] = [];
	const topicDescriptions: Record<string, string> = {};
	for (const line of rest.slice(0, firstType)) {
		const current = topics[topics.length - 1];
		if (isHeading(line)) topics.push(line);
		else if (current) topicDescriptions[current] = topicDescriptions[current] ? `${topicDescriptions[current]}\n\n${line}` : line;
		else publisherDescription = publisherDescription ? `${publisherDescription}\n\n${line}` : line;
	}

	const types: string[] = [];
	const typeDescriptions: Record<string, string> = {};
	let index = firstType;
	while (index < rest.length) {
		const code = typeOf(rest[index]);
		if (!code) break;
		if (!types.includes(code)) types.push(code);
		index++;
		// A type is followed by its description, unless what follows is another type or the last line.
		if (index < rest.length - 1 && typeOf(rest[index]) === null) {
			typeDescriptions[code] = rest[index];
			index++;
		}
	}
	const abstract = toMarkdown(rest.slice(index));
	return {
		title,
		language: language.code,
		publisher,
		publisherDescription,
		topics,
		topicDescriptions,
		types,
		typeDescriptions,
		type: primaryType(types),
		abstract
	};
}
