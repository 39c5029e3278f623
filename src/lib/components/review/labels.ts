/** Words for the states and events of the review workflow, in the reader's language. */
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/i18n';

export function statusLabel(status: string): string {
	switch (status) {
		case 'draft':
			return m.review_status_draft();
		case 'submitted':
			return m.review_status_submitted();
		case 'changes_requested':
			return m.review_status_changes_requested();
		case 'published':
			return m.review_status_published();
		case 'rejected':
			return m.review_status_rejected();
		default:
			return status;
	}
}

export function decisionLabel(decision: string): string {
	switch (decision) {
		case 'approve':
			return m.review_decision_approve();
		case 'request_changes':
			return m.review_decision_request_changes();
		case 'reject':
			return m.review_decision_reject();
		default:
			return decision;
	}
}

export function changeKindLabel(kind: string): string {
	switch (kind) {
		case 'create':
			return m.review_kind_create();
		case 'edit':
			return m.review_kind_edit();
		case 'submit':
			return m.review_kind_submit();
		case 'approve':
			return m.review_kind_approve();
		case 'request_changes':
			return m.review_kind_request_changes();
		case 'reject':
			return m.review_kind_reject();
		case 'file':
			return m.review_kind_file();
		default:
			return kind;
	}
}

export function textStatusLabel(status: string): string {
	if (status === 'ok') return m.review_file_text_ok();
	if (status === 'unavailable') return m.review_file_text_unavailable();
	return m.review_file_text_none();
}

/** A file size in kB or MB, in the reader's language. */
export function formatBytes(bytes: number, locale: string = getLocale()): string {
	const megabytes = bytes >= 1024 * 1024;
	return new Intl.NumberFormat(locale, {
		style: 'unit',
		unit: megabytes ? 'megabyte' : 'kilobyte',
		maximumFractionDigits: 1
	}).format(megabytes ? bytes / 1024 / 1024 : Math.max(0.1, bytes / 1024));
}
