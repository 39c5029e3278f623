/**
 * OAI-PMH 2.0 data provider over the published library: the six verbs, metadata prefix
 * `oai_dc`, sets per resource type and skills category, resumption tokens and the
 * protocol's error codes. Framework-free: `handleOaiRequest` takes the arguments and
 * answers a status and an XML body, so the SvelteKit route and the tests share it.
 *
 * Deleted records are not tracked (`deletedRecord` is `no`): a record that leaves the
 * published library simply stops being listed.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { DB } from '../db';
import * as queries from '../library/oai-queries';
import {
	OaiError,
	decodeResumptionToken,
	encodeResumptionToken,
	formatDatestamp,
	harvestWindow,
	parseOaiArguments,
	type OaiArguments,
	type OaiVerb,
	type ResumptionState
} from './oai-args';
import { dublinCore, oaiSets, parseSetSpec, setSpecsOf, type OaiResource } from './oai-dc';
import { markdownToPlainText } from './plain-text';
import { UUID } from '../ids';

export { OaiError } from './oai-args';

const OAI_NS = 'http://www.openarchives.org/OAI/2.0/';
const OAI_SCHEMA = 'http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd';
const OAI_DC_NS = 'http://www.openarchives.org/OAI/2.0/oai_dc/';
const OAI_DC_SCHEMA = 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd';
const OAI_IDENTIFIER_NS = 'http://www.openarchives.org/OAI/2.0/oai-identifier';
const OAI_IDENTIFIER_SCHEMA = 'http://www.openarchives.org/OAI/2.0/oai-identifier.xsd';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** The one metadata format served. */
export const OAI_DC_PREFIX = 'oai_dc';

export const DEFAULT_OAI_PAGE_SIZE = 100;
const DEFAULT_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface OaiOptions {
	/** Records per page of ListRecords / ListIdentifiers (default 100). */
	pageSize?: number;
	repositoryName?: string;
	/** Identify's adminEmail. */
	adminEmail?: string;
	/** The `<host>` of `oai:<host>:resource/<uuid>` (default: the host name of the base URL). */
	repositoryIdentifier?: string;
	/** How long a resumption token stays valid (default 24 hours). */
	tokenLifetimeMs?: number;
	/** The clock (tests). */
	now?: () => Date;
}

export interface OaiResponse {
	/** Always 200: OAI-PMH reports its errors inside the XML. */
	status: number;
	headers: Record<string, string>;
	body: string;
}

/** Where the published records come from; the database in production, a list in unit tests. */
export interface OaiRecordStore {
	earliestDatestamp(): Promise<string | null>;
	count(filter: queries.OaiRecordFilter): Promise<number>;
	list(filter: queries.OaiRecordFilter, after: queries.OaiKeysetCursor | null, limit: number): Promise<OaiResource[]>;
	find(id: string): Promise<OaiResource | undefined>;
}

function fromRow(row: queries.OaiRecordRow): OaiResource {
	const { publisher_name, datestamp_exact, ...rest } = row;
	return { ...rest, publisher: publisher_name, datestamp: datestamp_exact };
}

/** The published library of a database as an OAI record store. */
export function oaiRecordStore(db: DB): OaiRecordStore {
	return {
		earliestDatestamp: () => queries.earliestOaiDatestamp(db),
		count: (filter) => queries.countOaiRecords(db, filter),
		list: async (filter, after, limit) => (await queries.listOaiRecords(db, filter, after, limit)).map(fromRow),
		find: async (id) => {
			const row = await queries.findOaiRecord(db, id);
			return row && fromRow(row);
		}
	};
}

/**
 * Answers one OAI-PMH request. `params` are the request's arguments (query string, or
 * the form body of a POST); `baseUrl` is the absolute address of the endpoint.
 */
export async function handleOaiRequest(
	db: DB,
	params: URLSearchParams | Iterable<[string, string]>,
	baseUrl: string,
	options: OaiOptions = {}
): Promise<OaiResponse> {
	return respondToOai(oaiRecordStore(db), params, baseUrl, options);
}

interface Context {
	store: OaiRecordStore;
	baseUrl: string;
	repositoryIdentifier: string;
	options: OaiOptions;
	now: Date;
}

type Writer = (verbElement: XMLBuilder) => void;

/** handleOaiRequest over any record store. */
export async function respondToOai(
	store: OaiRecordStore,
	params: URLSearchParams | Iterable<[string, string]>,
	baseUrl: string,
	options: OaiOptions = {}
): Promise<OaiResponse> {
	const context: Context = {
		store,
		baseUrl,
		repositoryIdentifier: options.repositoryIdentifier ?? new URL(baseUrl).hostname,
		options,
		now: options.now?.() ?? new Date()
	};
	let request: OaiArguments | undefined;
	try {
		request = parseOaiArguments(params);
		const write = await VERBS[request.verb](request.args, context);
		const root = envelope(context, request);
		write(root.ele(request.verb));
		return xmlResponse(root);
	} catch (error) {
		if (!(error instanceof OaiError)) throw error;
		// After badVerb or badArgument the request element carries no attributes (OAI-PMH 2.0, 3.2).
		const echo = error.code === 'badVerb' || error.code === 'badArgument' ? undefined : request;
		const root = envelope(context, echo);
		root.ele('error', { code: error.code }).txt(error.message);
		return xmlResponse(root);
	}
}

function envelope(context: Context, echo: OaiArguments | undefined): XMLBuilder {
	const root = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' })
		.ele(OAI_NS, 'OAI-PMH')
		.att(XMLNS_NS, 'xmlns:xsi', XSI_NS)
		.att(XSI_NS, 'xsi:schemaLocation', `${OAI_NS} ${OAI_SCHEMA}`);
	root.ele('responseDate').txt(formatDatestamp(context.now));
	const request = root.ele('request');
	if (echo) {
		request.att('verb', echo.verb);
		for (const [key, value] of Object.entries(echo.args)) request.att(key, value);
	}
	request.txt(context.baseUrl);
	return root;
}

function xmlResponse(root: XMLBuilder): OaiResponse {
	return {
		status: 200,
		headers: { 'content-type': 'text/xml; charset=utf-8', 'cache-control': 'no-store' },
		body: root.end({ prettyPrint: true })
	};
}

const VERBS: Record<OaiVerb, (args: Record<string, string>, context: Context) => Promise<Writer>> = {
	Identify: identify,
	ListMetadataFormats: listMetadataFormats,
	ListSets: listSets,
	GetRecord: getRecord,
	ListIdentifiers: (args, context) => listRecords('ListIdentifiers', args, context),
	ListRecords: (args, context) => listRecords('ListRecords', args, context)
};

// The repositoryIdentifier grammar of the oai-identifier scheme (a domain name).
const REPOSITORY_IDENTIFIER = /^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$/;

async function identify(_args: Record<string, string>, context: Context): Promise<Writer> {
	const earliest = (await context.store.earliestDatestamp()) ?? context.now.toISOString();
	const sample = oaiIdentifier(context, '00000000-0000-4000-8000-000000000000');
	return (identifyElement) => {
		identifyElement.ele('repositoryName').txt(context.options.repositoryName ?? 'Skills Atlas');
		identifyElement.ele('baseURL').txt(context.baseUrl);
		identifyElement.ele('protocolVersion').txt('2.0');
		identifyElement.ele('adminEmail').txt(context.options.adminEmail ?? `admin@${context.repositoryIdentifier}`);
		identifyElement.ele('earliestDatestamp').txt(formatDatestamp(earliest));
		identifyElement.ele('deletedRecord').txt('no');
		identifyElement.ele('granularity').txt('YYYY-MM-DDThh:mm:ssZ');
		// The oai-identifier description is only valid for a domain name (not "localhost").
		if (REPOSITORY_IDENTIFIER.test(context.repositoryIdentifier)) {
			identifyElement
				.ele('description')
				.ele(OAI_IDENTIFIER_NS, 'oai-identifier')
				.att(XSI_NS, 'xsi:schemaLocation', `${OAI_IDENTIFIER_NS} ${OAI_IDENTIFIER_SCHEMA}`)
				.ele('scheme').txt('oai').up()
				.ele('repositoryIdentifier').txt(context.repositoryIdentifier).up()
				.ele('delimiter').txt(':').up()
				.ele('sampleIdentifier').txt(sample);
		}
	};
}

async function listMetadataFormats(args: Record<string, string>, context: Context): Promise<Writer> {
	if (args.identifier !== undefined) await findRecord(args.identifier, context);
	return (formats) => {
		formats
			.ele('metadataFormat')
			.ele('metadataPrefix').txt(OAI_DC_PREFIX).up()
			.ele('schema').txt(OAI_DC_SCHEMA).up()
			.ele('metadataNamespace').txt(OAI_DC_NS);
	};
}

async function listSets(args: Record<string, string>): Promise<Writer> {
	// The list of sets always fits in one answer, so no token for ListSets was ever issued.
	if (args.resumptionToken !== undefined) throw new OaiError('badResumptionToken', 'ListSets never issues resumption tokens.');
	return (setsElement) => {
		for (const set of oaiSets()) {
			const element = setsElement.ele('set');
			element.ele('setSpec').txt(set.spec);
			element.ele('setName').txt(set.name);
			const dc = dublinCoreRoot(element.ele('setDescription'));
			for (const [lang, name] of Object.entries(set.names)) dc.ele(DC_NS, 'dc:title').att(XML_NS, 'xml:lang', lang).txt(name);
		}
	};
}

async function getRecord(args: Record<string, string>, context: Context): Promise<Writer> {
	requireOaiDc(args.metadataPrefix);
	const record = await findRecord(args.identifier, context);
	return (element) => writeRecord(element.ele('record'), record, context);
}

async function listRecords(verb: 'ListIdentifiers' | 'ListRecords', args: Record<string, string>, context: Context): Promise<Writer> {
	const pageSize = Math.max(1, context.options.pageSize ?? DEFAULT_OAI_PAGE_SIZE);
	const resumed = args.resumptionToken !== undefined ? decodeResumptionToken(args.resumptionToken, verb, context.now) : undefined;
	let query: Omit<ResumptionState, 'after' | 'cursor' | 'completeListSize' | 'expires'>;
	let filter: queries.OaiRecordFilter;
	if (resumed) {
		query = resumed;
		const set = resumed.set === undefined ? undefined : parseSetSpec(resumed.set);
		if (set === null || resumed.metadataPrefix !== OAI_DC_PREFIX) {
			throw new OaiError('badResumptionToken', 'The resumptionToken asks for something this repository no longer has.');
		}
		filter = { from: resumed.from, untilExclusive: resumed.untilExclusive, snapshot: resumed.snapshot, set };
	} else {
		requireOaiDc(args.metadataPrefix);
		const window = harvestWindow(args.from, args.until);
		const set = args.set === undefined ? undefined : parseSetSpec(args.set);
		if (set === null) throw new OaiError('badArgument', `There is no set "${args.set}"; ListSets names them all.`);
		query = { v: 1, verb, metadataPrefix: OAI_DC_PREFIX, ...window, set: args.set, snapshot: context.now.toISOString() };
		filter = { ...window, snapshot: query.snapshot, set };
	}
	const completeListSize = resumed ? resumed.completeListSize : await context.store.count(filter);
	const cursor = resumed?.cursor ?? 0;
	const rows = completeListSize === 0 ? [] : await context.store.list(filter, resumed?.after ?? null, pageSize + 1);
	const page = rows.slice(0, pageSize);
	if (page.length === 0) throw new OaiError('noRecordsMatch', 'No published record matches this request.');
	const last = page[page.length - 1];
	const next: ResumptionState | undefined =
		rows.length > pageSize
			? {
					...query,
					after: { datestamp: last.datestamp, id: last.id },
					cursor: cursor + page.length,
					completeListSize: Math.max(completeListSize, cursor + rows.length),
					expires: context.now.getTime() + (context.options.tokenLifetimeMs ?? DEFAULT_TOKEN_LIFETIME_MS)
				}
			: undefined;

	return (listElement) => {
		for (const record of page) {
			if (verb === 'ListRecords') writeRecord(listElement.ele('record'), record, context);
			else writeHeader(listElement.ele('header'), record, context);
		}
		// Only lists split into pages carry a token; the last page carries an empty one.
		if (!next && !resumed) return;
		const token = listElement.ele('resumptionToken', {
			completeListSize: String(next?.completeListSize ?? completeListSize),
			cursor: String(cursor)
		});
		if (next) token.att('expirationDate', formatDatestamp(new Date(next.expires))).txt(encodeResumptionToken(next));
	};
}

function requireOaiDc(metadataPrefix: string): void {
	if (metadataPrefix !== OAI_DC_PREFIX) {
		throw new OaiError('cannotDisseminateFormat', `This repository serves the metadata format "${OAI_DC_PREFIX}" only.`);
	}
}

/** The OAI identifier of a record: `oai:<host>:resource/<uuid>`. */
export function oaiIdentifier(context: { repositoryIdentifier: string }, id: string): string {
	return `oai:${context.repositoryIdentifier}:resource/${id}`;
}

async function findRecord(identifier: string, context: Context): Promise<OaiResource> {
	const prefix = oaiIdentifier(context, '');
	const id = identifier.startsWith(prefix) ? identifier.slice(prefix.length) : '';
	const record = UUID.test(id) ? await context.store.find(id.toLowerCase()) : undefined;
	if (!record) throw new OaiError('idDoesNotExist', `No published record has the identifier "${identifier}".`);
	return record;
}

function writeHeader(header: XMLBuilder, record: OaiResource, context: Context): void {
	header.ele('identifier').txt(oaiIdentifier(context, record.id));
	header.ele('datestamp').txt(formatDatestamp(record.datestamp));
	for (const spec of setSpecsOf(record)) header.ele('setSpec').txt(spec);
}

function writeRecord(element: XMLBuilder, record: OaiResource, context: Context): void {
	writeHeader(element.ele('header'), record, context);
	const recordPage = new URL(`/library/${encodeURIComponent(record.slug)}`, context.baseUrl).href;
	const dc = dublinCoreRoot(element.ele('metadata'));
	for (const { name, value, lang } of dublinCore(record, recordPage, markdownToPlainText(record.abstract))) {
		const child = dc.ele(DC_NS, `dc:${name}`);
		if (lang) child.att(XML_NS, 'xml:lang', lang);
		child.txt(value);
	}
}

function dublinCoreRoot(parent: XMLBuilder): XMLBuilder {
	return parent
		.ele(OAI_DC_NS, 'oai_dc:dc')
		.att(XMLNS_NS, 'xmlns:dc', DC_NS)
		.att(XSI_NS, 'xsi:schemaLocation', `${OAI_DC_NS} ${OAI_DC_SCHEMA}`);
}
