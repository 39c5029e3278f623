import { describe, it, expect } from 'vitest';
import { refuseXmlDeclarations } from './graph-data';
import { parseGexf, writeGexf } from './gexf';
import { parseGraphml, writeGraphml } from './graphml';

const encode = (text: string) => new TextEncoder().encode(text);
const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<gexf version="1.3"><graph><nodes><node id="a" label="&lol9;"/></nodes><edges/></graph></gexf>`;
const EXTERNAL_ENTITY = `<?xml version="1.0"?><!DOCTYPE graphml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<graphml><graph><node id="a"><data key="d0">&secret;</data></node></graph></graphml>`;

describe('XML safety', () => {
	it('refuses entity expansion and external entities before parsing', () => {
		expect(() => parseGexf(encode(BILLION_LAUGHS))).toThrow(/DOCTYPE or entities.*refused unread/);
		expect(() => parseGraphml(encode(EXTERNAL_ENTITY))).toThrow(/DOCTYPE or entities/);
		expect(() => refuseXmlDeclarations('<!entity x "y">', 'GEXF')).toThrow();
		expect(() => refuseXmlDeclarations('<gexf/>', 'GEXF')).not.toThrow();
	});
});

describe('GEXF and GraphML', () => {
	const network = {
		nodes: [
			{ id: 'a', attributes: { name: 'Alpha & Co <x>', type: 'ngo', tags: ['one', 'two'] } },
			{ id: 'b', attributes: { name: 'Beta', type: 'university' } }
		],
		edges: [{ id: 'e', from: 'a', to: 'b', type: 'funds', label: 'Grant', description: '' }]
	};

	it('reads what they write', () => {
		for (const graph of [parseGexf(encode(writeGexf(network))), parseGraphml(encode(writeGraphml(network)))]) {
			expect(graph.nodes.map((node) => [node.id, node.values.label, node.values.type])).toEqual([['a', 'Alpha & Co <x>', 'ngo'], ['b', 'Beta', 'university']]);
			expect(graph.nodes[0].values.tags).toBe('one|two');
			expect(graph.edges).toEqual([expect.objectContaining({ from: 'a', to: 'b', values: expect.objectContaining({ type: 'funds', label: 'Grant' }) })]);
			expect(graph.notes).toEqual([]);
		}
	});

	it('notes edges to undeclared nodes and refuses broken XML', () => {
		const graph = parseGraphml(encode('<graphml><graph edgedefault="directed"><node id="a"/><edge source="a" target="zz"/></graph></graphml>'));
		expect(graph.nodes.map((node) => node.id)).toEqual(['a']);
		expect(graph.edges[0].to).toBe('zz');
		expect(graph.notes[0]).toMatch(/1 node\(s\) the file does not declare \(zz\)/);
		expect(() => parseGexf(encode('<gexf><graph><nodes><node id="a"'))).toThrow(/could not be read/);
	});
});
