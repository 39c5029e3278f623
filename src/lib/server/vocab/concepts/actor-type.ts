/**
 * Kinds of actors in a skills network. `extra.helix` places each kind on the triple helix
 * (industry, education and research, government); intermediaries, social partners on the
 * workers' side, civil society and individuals are "other".
 * Words for a firm of unknown size ("company", "empresa") are deliberately absent: a
 * guess would be stored silently, a rejection with a suggestion can be corrected.
 */
import type { Concept } from '../types';

export type Helix = 'industry' | 'education' | 'government' | 'other';

export const actorTypes: Concept[] = [
	{
		code: 'cluster-organisation',
		labels: { en: 'Cluster organisation', es: 'Organización de clúster', fr: 'Organisation de cluster', pt: 'Organização de cluster' },
		altLabels: {
			en: ['cluster', 'cluster management organisation', 'cluster initiative', 'industrial cluster', 'competitiveness cluster'],
			es: ['clúster', 'agrupación empresarial', 'agrupación empresarial innovadora', 'conglomerado empresarial', 'gestora de clúster'],
			fr: ['pôle de compétitivité', 'grappe d’entreprises', 'grappe industrielle', 'organisation de grappe'],
			pt: ['polo de competitividade', 'arranjo produtivo local', 'APL', 'aglomerado industrial', 'organização de cluster']
		},
		extra: { helix: 'other' satisfies Helix }
	},
	{
		code: 'firm-large',
		labels: { en: 'Large company', es: 'Gran empresa', fr: 'Grande entreprise', pt: 'Grande empresa' },
		altLabels: {
			en: ['large enterprise', 'large firm', 'multinational company', 'multinational enterprise', 'MNE', 'corporation'],
			es: ['empresa grande', 'multinacional', 'empresa multinacional', 'gran corporación'],
			fr: ['grand groupe', 'multinationale', 'entreprise multinationale'],
			pt: ['empresa de grande porte', 'multinacional', 'empresa multinacional']
		},
		extra: { helix: 'industry' satisfies Helix }
	},
	{
		code: 'firm-sme',
		labels: { en: 'Small or medium-sized company', es: 'Pequeña o mediana empresa', fr: 'Petite ou moyenne entreprise', pt: 'Pequena ou média empresa' },
		altLabels: {
			en: ['SME', 'small and medium-sized enterprise', 'small business', 'small company', 'small enterprise', 'medium-sized enterprise', 'medium-sized company'],
			es: ['pyme', 'pequeña empresa', 'mediana empresa'],
			fr: ['PME', 'petite entreprise', 'moyenne entreprise', 'entreprise de taille moyenne'],
			pt: ['PME', 'pequena empresa', 'média empresa', 'empresa de pequeno porte', 'empresa de médio porte']
		},
		extra: { helix: 'industry' satisfies Helix }
	},
	{
		code: 'firm-micro',
		labels: { en: 'Micro-enterprise', es: 'Microempresa', fr: 'Microentreprise', pt: 'Microempresa' },
		altLabels: {
			en: ['microenterprise', 'micro enterprise', 'micro-business', 'micro firm', 'very small enterprise'],
			es: ['micro empresa', 'micronegocio'],
			fr: ['micro-entreprise', 'très petite entreprise', 'TPE'],
			pt: ['micro empresa', 'micronegócio']
		},
		extra: { helix: 'industry' satisfies Helix }
	},
	{
		code: 'startup',
		labels: { en: 'Start-up', es: 'Startup', fr: 'Start-up', pt: 'Startup' },
		altLabels: {
			en: ['startup', 'new venture', 'spin-off', 'scale-up'],
			es: ['empresa emergente', 'empresa de base tecnológica', 'spin-off'],
			fr: ['jeune pousse', 'jeune entreprise innovante', 'essaimage'],
			pt: ['empresa emergente', 'empresa de base tecnológica', 'spin-off']
		},
		extra: { helix: 'industry' satisfies Helix }
	},
	{
		code: 'vet-provider',
		labels: { en: 'VET provider', es: 'Centro de formación profesional', fr: 'Organisme de formation professionnelle', pt: 'Centro de formação profissional' },
		altLabels: {
			en: ['vocational education and training provider', 'vocational training provider', 'training provider', 'TVET institution', 'vocational training institution', 'vocational school', 'training centre', 'centre of vocational excellence', 'CoVE'],
			es: ['proveedor de formación profesional', 'institución de formación profesional', 'instituto de formación profesional', 'centro de capacitación', 'escuela técnica', 'institución de EFTP', 'centro de excelencia profesional'],
			fr: ['centre de formation', 'organisme de formation', 'centre de formation professionnelle', 'établissement d’EFTP', 'lycée professionnel', 'centre de formation d’apprentis', 'CFA', 'centre d’excellence professionnelle'],
			pt: ['centro de formação', 'instituição de formação profissional', 'entidade formadora', 'escola profissional', 'escola técnica', 'instituição de EFTP', 'centro de excelência profissional']
		},
		extra: { helix: 'education' satisfies Helix }
	},
	{
		code: 'university',
		labels: { en: 'University', es: 'Universidad', fr: 'Université', pt: 'Universidade' },
		altLabels: {
			en: ['higher education institution', 'HEI', 'university of applied sciences', 'business school', 'college'],
			es: ['institución de educación superior', 'IES', 'universidad tecnológica', 'escuela de negocios'],
			fr: ['établissement d’enseignement supérieur', 'grande école', 'école de commerce', 'haute école'],
			pt: ['instituição de ensino superior', 'IES', 'politécnico', 'faculdade', 'escola de negócios']
		},
		extra: { helix: 'education' satisfies Helix }
	},
	{
		code: 'rto',
		labels: {
			en: 'Research and technology organisation',
			es: 'Centro de investigación y tecnología',
			fr: 'Organisme de recherche et de technologie',
			pt: 'Organização de investigação e tecnologia'
		},
		altLabels: {
			en: ['RTO', 'research centre', 'research institute', 'technology centre', 'technology institute', 'innovation centre'],
			es: ['centro tecnológico', 'centro de investigación', 'instituto de investigación', 'instituto tecnológico', 'organismo de investigación'],
			fr: ['centre de recherche', 'institut de recherche', 'centre technologique', 'organisme de recherche', 'institut technologique'],
			pt: ['centro de investigação', 'centro de pesquisa', 'instituto de investigação', 'instituto de pesquisa', 'centro tecnológico', 'organização de pesquisa e tecnologia']
		},
		extra: { helix: 'education' satisfies Helix }
	},
	{
		code: 'government',
		labels: { en: 'Government body', es: 'Organismo público', fr: 'Organisme public', pt: 'Organismo público' },
		altLabels: {
			en: ['government', 'ministry', 'public authority', 'government agency', 'public agency', 'regional government', 'local government', 'municipality'],
			es: ['gobierno', 'ministerio', 'administración pública', 'agencia gubernamental', 'gobierno regional', 'municipio', 'ayuntamiento'],
			fr: ['gouvernement', 'ministère', 'administration publique', 'autorité publique', 'agence publique', 'collectivité territoriale', 'municipalité'],
			pt: ['governo', 'ministério', 'administração pública', 'órgão público', 'agência governamental', 'autarquia', 'município', 'prefeitura']
		},
		extra: { helix: 'government' satisfies Helix }
	},
	{
		code: 'employers-organisation',
		labels: { en: 'Employers’ organisation', es: 'Organización de empleadores', fr: 'Organisation d’employeurs', pt: 'Organização de empregadores' },
		altLabels: {
			en: ['employers’ association', 'employer organisation', 'business association', 'industry association', 'trade association', 'chamber of commerce'],
			es: ['organización empresarial', 'asociación empresarial', 'asociación de empleadores', 'patronal', 'gremio empresarial', 'cámara de comercio'],
			fr: ['organisation patronale', 'association d’employeurs', 'syndicat patronal', 'fédération professionnelle', 'chambre de commerce'],
			pt: ['associação empresarial', 'associação patronal', 'confederação patronal', 'associação industrial', 'câmara de comércio']
		},
		extra: { helix: 'industry' satisfies Helix }
	},
	{
		code: 'workers-organisation',
		labels: { en: 'Workers’ organisation', es: 'Organización de trabajadores', fr: 'Organisation de travailleurs', pt: 'Organização de trabalhadores' },
		altLabels: {
			en: ['trade union', 'trade unions', 'labour union', 'union', 'workers’ union'],
			es: ['sindicato', 'sindicatos', 'central sindical', 'organización sindical'],
			fr: ['syndicat', 'syndicats', 'organisation syndicale', 'centrale syndicale', 'syndicat de salariés'],
			pt: ['sindicato', 'sindicatos', 'central sindical', 'organização sindical']
		},
		extra: { helix: 'other' satisfies Helix }
	},
	{
		code: 'ngo',
		labels: { en: 'NGO or foundation', es: 'ONG o fundación', fr: 'ONG ou fondation', pt: 'ONG ou fundação' },
		altLabels: {
			en: ['NGO', 'non-governmental organisation', 'non-profit organisation', 'nonprofit', 'foundation', 'charity', 'civil society organisation'],
			es: ['ONG', 'organización no gubernamental', 'organización sin fines de lucro', 'fundación', 'asociación civil', 'organización de la sociedad civil'],
			fr: ['ONG', 'organisation non gouvernementale', 'association à but non lucratif', 'fondation', 'association', 'organisation de la société civile'],
			pt: ['ONG', 'organização não governamental', 'organização sem fins lucrativos', 'fundação', 'associação', 'organização da sociedade civil']
		},
		extra: { helix: 'other' satisfies Helix }
	},
	{
		code: 'international-organisation',
		labels: { en: 'International organisation', es: 'Organización internacional', fr: 'Organisation internationale', pt: 'Organização internacional' },
		altLabels: {
			en: ['intergovernmental organisation', 'UN agency', 'multilateral organisation', 'development agency', 'development partner', 'donor'],
			es: ['organismo internacional', 'organización intergubernamental', 'agencia de las Naciones Unidas', 'agencia de cooperación', 'donante'],
			fr: ['organisme international', 'organisation intergouvernementale', 'agence des Nations Unies', 'agence de coopération', 'bailleur de fonds'],
			pt: ['organismo internacional', 'organização intergovernamental', 'agência das Nações Unidas', 'agência de cooperação', 'doador']
		},
		extra: { helix: 'other' satisfies Helix }
	},
	{
		code: 'network',
		labels: { en: 'Network or platform', es: 'Red o plataforma', fr: 'Réseau ou plateforme', pt: 'Rede ou plataforma' },
		altLabels: {
			en: ['network', 'platform', 'alliance', 'consortium', 'community of practice'],
			es: ['red', 'plataforma', 'alianza', 'consorcio', 'comunidad de práctica'],
			fr: ['réseau', 'plateforme', 'alliance', 'consortium', 'communauté de pratique'],
			pt: ['rede', 'plataforma', 'aliança', 'consórcio', 'comunidade de prática']
		},
		extra: { helix: 'other' satisfies Helix }
	},
	{
		code: 'individual',
		labels: { en: 'Individual innovator or expert', es: 'Persona innovadora o experta', fr: 'Innovateur ou expert individuel', pt: 'Inovador ou especialista individual' },
		altLabels: {
			en: ['individual', 'innovator', 'expert', 'consultant', 'researcher', 'freelancer'],
			es: ['persona', 'particular', 'innovador', 'innovadora', 'experto', 'experta', 'consultor', 'investigador'],
			fr: ['individu', 'personne physique', 'innovateur', 'innovatrice', 'expert', 'experte', 'consultant', 'chercheur'],
			pt: ['pessoa', 'indivíduo', 'inovador', 'inovadora', 'especialista', 'consultor', 'pesquisador', 'investigador']
		},
		extra: { helix: 'other' satisfies Helix }
	}
];
