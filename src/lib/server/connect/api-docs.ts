/** Schemas and OpenAPI descriptions of the connection and block endpoints. */
import { z } from 'zod';
import type { EndpointDoc } from '../api/endpoint-doc';
import { ConnectionInput, NOTE_MAX_LENGTH } from './service';

const ContactPersonSchema = z.object({ name: z.string().optional(), email: z.string().optional(), phone: z.string().optional(), role: z.string().optional() });
const ActorRefSchema = z.object({ id: z.uuid(), slug: z.string(), name: z.string(), type: z.string(), typeLabel: z.string() });
const AccountSchema = z.object({ name: z.string(), email: z.string() });

export const ConnectionSchema = z.object({
	id: z.string(),
	kind: z.enum(['introduction', 'partnership', 'mentoring']),
	status: z.enum(['pending', 'accepted', 'declined', 'withdrawn']),
	direction: z.enum(['sent', 'received']).meta({ description: 'sent by you (or for an organisation you manage), or received by a profile you answer for' }),
	message: z.string().meta({ description: 'plain text as written; render it as text' }),
	categories: z.array(z.object({ value: z.string(), label: z.string() })),
	createdAt: z.iso.datetime(),
	answeredAt: z.iso.datetime().nullable(),
	answerNote: z.string(),
	requester: z.object({ id: z.uuid(), name: z.string() }),
	fromActor: ActorRefSchema.nullable(),
	toActor: ActorRefSchema.nullable(),
	toPerson: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }).nullable(),
	can: z.object({ accept: z.boolean(), decline: z.boolean(), withdraw: z.boolean(), block: z.boolean() }),
	contacts: z
		.object({
			requester: AccountSchema.optional(),
			fromActorContact: ContactPersonSchema.nullable().optional(),
			answeredBy: AccountSchema.nullable().optional(),
			toActorContact: ContactPersonSchema.nullable().optional(),
			toPersonContact: z.string().nullable().optional()
		})
		.nullable()
		.meta({ description: "null until the request is accepted; then the other side's contact details" })
});

/** Body of the answer endpoints. */
export const AnswerBody = z.object({ note: z.string().max(NOTE_MAX_LENGTH).optional().meta({ description: 'a few words to the requester (accept and decline)' }) });

export const BlockBody = z.object({ userId: z.uuid().meta({ description: 'the account to block (the requester id of a received request)' }) });

const BlockSchema = z.object({ userId: z.uuid(), name: z.string(), since: z.iso.datetime() });

const refusals =
	'Refusals: invalid_input (request to yourself, mentoring not offered or categories not among those offered), conflict (a pending or accepted request of this kind between the same parties; nobody manages the profile yet; you blocked an account that answers for it), forbidden (you do not manage the organisation you ask for; or "this request cannot be sent"), rate_limited (more than ATLAS_CONNECTION_DAILY_LIMIT requests in 24 hours, default 10).';

export const connectEndpoints: EndpointDoc[] = [
	{
		method: 'get',
		path: '/api/v1/connections',
		summary: 'My connection requests, sent and received, newest first',
		description: 'Contact details of the other side appear only on accepted requests.',
		tags: ['connections'],
		response: z.object({ items: z.array(ConnectionSchema) }),
		auth: true
	},
	{
		method: 'post',
		path: '/api/v1/connections',
		summary: 'Ask an organisation or a person for an introduction, a partnership or mentoring',
		description: `Exactly one of toActor and toPerson. For mentoring, categories must be among those the recipient offers. ${refusals}`,
		tags: ['connections'],
		body: ConnectionInput,
		response: z.object({ id: z.string() }),
		auth: true
	},
	...(['accept', 'decline', 'withdraw'] as const).map(
		(action): EndpointDoc => ({
			method: 'post',
			path: `/api/v1/connections/{id}/${action}`,
			summary:
				action === 'accept'
					? 'Accept a request received (creates the relation between two organisations, reveals contact details both ways)'
					: action === 'decline'
						? 'Decline a request received'
						: 'Withdraw a request you sent',
			description: 'Only pending requests; others answer conflict. Requests you may not act on answer not_found.',
			tags: ['connections'],
			params: { id: 'request id' },
			body: action === 'withdraw' ? undefined : AnswerBody,
			response: z.object({ ok: z.literal(true) }),
			auth: true
		})
	),
	{ method: 'get', path: '/api/v1/blocks', summary: 'Accounts I blocked', tags: ['connections'], response: z.object({ items: z.array(BlockSchema) }), auth: true },
	{
		method: 'post',
		path: '/api/v1/blocks',
		summary: 'Block an account: its requests are refused, its pending ones to me declined',
		tags: ['connections'],
		body: BlockBody,
		response: z.object({ created: z.boolean(), declined: z.number().int() }),
		auth: true
	},
	{
		method: 'delete',
		path: '/api/v1/blocks/{userId}',
		summary: 'Lift a block',
		tags: ['connections'],
		params: { userId: 'the blocked account' },
		auth: true
	}
];
