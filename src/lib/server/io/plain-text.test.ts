import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from './plain-text';

describe('markdownToPlainText', () => {
	it('keeps the words and drops the markup', () => {
		expect(markdownToPlainText('# Skills *for* all\n\nA **bold** [link](https://example.org) and `code`.\n\n- one\n- two')).toBe(
			'Skills for all\n\nA bold link and code.\n\n- one\n- two'
		);
	});

	it('keeps raw HTML as the text it is, for the writer to escape', () => {
		expect(markdownToPlainText('Before <script>alert(1)</script> after')).toBe('Before <script>alert(1)</script> after');
	});

	it('answers an empty string for blank input', () => {
		expect(markdownToPlainText('  \n ')).toBe('');
	});
});
