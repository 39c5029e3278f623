/**
 * Markdown to plain text, for places that take no markup (Dublin Core descriptions,
 * feed summaries). Tokens come from marked; raw HTML in the Markdown is kept as the
 * text it is, so whoever writes it out escapes it like any other text.
 */
import { marked, type Token, type Tokens } from 'marked';

function inlineText(tokens: Token[] | undefined): string {
	return (tokens ?? []).map(tokenText).join('');
}

function tokenText(token: Token): string {
	switch (token.type) {
		case 'space':
		case 'hr':
			return '';
		case 'br':
			return '\n';
		case 'code':
		case 'codespan':
		case 'escape':
		case 'html':
			return (token as Tokens.Generic).text ?? '';
		case 'image':
			return (token as Tokens.Image).text;
		case 'list':
			return (token as Tokens.List).items.map((item) => `- ${blockText(item.tokens).replace(/\n+/g, ' ')}`).join('\n');
		case 'table': {
			const table = token as Tokens.Table;
			const row = (cells: Tokens.TableCell[]) => cells.map((cell) => inlineText(cell.tokens)).join(' | ');
			return [row(table.header), ...table.rows.map(row)].join('\n');
		}
		case 'blockquote':
			return blockText((token as Tokens.Blockquote).tokens);
		default: {
			const generic = token as Tokens.Generic;
			return generic.tokens ? inlineText(generic.tokens) : (generic.text ?? '');
		}
	}
}

function blockText(tokens: Token[]): string {
	return tokens
		.map(tokenText)
		.map((text) => text.trim())
		.filter((text) => text !== '')
		.join('\n\n');
}

/** The words of a Markdown text without its markup: blocks separated by a blank line, list items by a line each. */
export function markdownToPlainText(markdown: string): string {
	if (!markdown.trim()) return '';
	return blockText(marked.lexer(markdown));
}
