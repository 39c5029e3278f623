/**
 * The network's revised list of 9 skills categories. The alt labels feed lookups on import
 * and cross-language search of the library, so they list the words people really use in
 * each language (synonyms, plurals, acronyms, the names of the earlier list of 8).
 * Words that mean "learning" in general are only alt labels where the brief's users expect
 * them to mean apprenticeship (fr "apprentissage", pt "aprendizagem"); longer phrases such as
 * "apprentissage en ligne" sit on category 6 so that they win over the short word in text.
 * Words that are common in another language with another sense (fr "stage", an English
 * noun too) only appear inside longer phrases.
 * The labels of the earlier list of 8 are added as alt labels by the registry (see
 * skills-category-2019.ts), so they are not repeated here.
 */
import type { Concept } from '../types';

export const skillsCategories: Concept[] = [
	{
		code: '1',
		labels: {
			en: 'Work-based learning',
			es: 'Aprendizaje en el trabajo',
			fr: 'Apprentissage en milieu de travail',
			pt: 'Aprendizagem no local de trabalho'
		},
		altLabels: {
			en: ['apprenticeship', 'apprenticeships', 'internship', 'internships', 'traineeship', 'traineeships', 'on-the-job training', 'dual training', 'dual vocational training', 'workplace learning', 'work-based training'],
			es: ['aprendizaje dual', 'formación dual', 'formación profesional dual', 'aprendizaje basado en el trabajo', 'aprendizaje en el lugar de trabajo', 'formación en el puesto de trabajo', 'formación en la empresa', 'pasantía', 'pasantías', 'prácticas profesionales', 'prácticas en empresas', 'contrato de aprendizaje', 'aprendices'],
			fr: ['apprentissage', 'alternance', 'formation en alternance', 'formation duale', 'stage en entreprise', 'stages en entreprise', 'stage professionnel', 'formation en entreprise', 'formation sur le tas', 'formation en cours d’emploi', 'apprentissage en milieu professionnel', 'apprentis'],
			pt: ['aprendizagem', 'aprendizagem dual', 'formação dual', 'estágio', 'estágios', 'formação em contexto de trabalho', 'aprendizagem em contexto de trabalho', 'aprendizagem baseada no trabalho', 'formação no posto de trabalho', 'formação em alternância', 'jovem aprendiz', 'treinamento no trabalho']
		}
	},
	{
		code: '2',
		labels: {
			en: 'Recognition of skills',
			es: 'Reconocimiento de competencias',
			fr: 'Reconnaissance des compétences',
			pt: 'Reconhecimento de competências'
		},
		altLabels: {
			en: ['skills recognition', 'recognition of prior learning', 'RPL', 'skills assessment', 'assessment of skills', 'certification', 'skills certification', 'competency certification', 'validation of non-formal and informal learning', 'micro-credentials'],
			es: ['reconocimiento de aprendizajes previos', 'reconocimiento de habilidades', 'evaluación de competencias', 'certificación de competencias', 'certificación de competencias laborales', 'certificación', 'acreditación de competencias', 'validación de aprendizajes', 'microcredenciales'],
			fr: ['reconnaissance des acquis', 'reconnaissance des acquis de l’expérience', 'validation des acquis de l’expérience', 'VAE', 'évaluation des compétences', 'certification des compétences', 'certification', 'micro-certifications'],
			pt: ['reconhecimento de aprendizagens prévias', 'reconhecimento, validação e certificação de competências', 'RVCC', 'avaliação de competências', 'certificação de competências', 'certificação', 'validação de competências', 'microcredenciais']
		}
	},
	{
		code: '3',
		labels: {
			en: 'Career guidance and employment services',
			es: 'Orientación profesional y servicios de empleo',
			fr: 'Orientation professionnelle et services de l’emploi',
			pt: 'Orientação profissional e serviços de emprego'
		},
		altLabels: {
			en: ['career guidance', 'career counselling', 'vocational guidance', 'employment services', 'public employment services', 'PES', 'job placement', 'job matching', 'job search assistance', 'active labour market programmes'],
			es: ['orientación profesional', 'orientación vocacional', 'orientación laboral', 'servicios de empleo', 'servicios públicos de empleo', 'intermediación laboral', 'inserción laboral', 'bolsa de empleo', 'búsqueda de empleo', 'políticas activas de empleo'],
			fr: ['orientation professionnelle', 'conseil en orientation', 'orientation scolaire et professionnelle', 'services de l’emploi', 'service public de l’emploi', 'insertion professionnelle', 'placement', 'recherche d’emploi', 'intermédiation sur le marché du travail', 'politiques actives du marché du travail'],
			pt: ['orientação profissional', 'orientação vocacional', 'orientação de carreira', 'aconselhamento de carreira', 'serviços de emprego', 'serviços públicos de emprego', 'intermediação de mão de obra', 'colocação profissional', 'inserção profissional', 'procura de emprego', 'busca de emprego']
		}
	},
	{
		code: '4',
		labels: {
			en: 'Research, data and analysis for skills development',
			es: 'Investigación, datos y análisis para el desarrollo de competencias',
			fr: 'Recherche, données et analyse pour le développement des compétences',
			pt: 'Pesquisa, dados e análise para o desenvolvimento de competências'
		},
		altLabels: {
			en: ['skills anticipation', 'skills forecasting', 'skills needs analysis', 'skills needs assessment', 'skills intelligence', 'labour market information', 'labour market intelligence', 'labour market information system', 'LMIS', 'skills research', 'tracer studies'],
			es: ['anticipación de competencias', 'prospección de competencias', 'previsión de necesidades de competencias', 'análisis de necesidades de formación', 'información del mercado laboral', 'información sobre el mercado de trabajo', 'observatorio laboral', 'estudios de seguimiento de egresados', 'investigación sobre competencias'],
			fr: ['anticipation des compétences', 'prévision des besoins en compétences', 'analyse des besoins en compétences', 'information sur le marché du travail', 'observatoire de l’emploi', 'veille sur les compétences', 'études de suivi des diplômés', 'recherche sur les compétences'],
			pt: ['antecipação de competências', 'previsão de necessidades de competências', 'análise de necessidades de competências', 'informação sobre o mercado de trabalho', 'observatório do mercado de trabalho', 'estudos de acompanhamento de egressos', 'investigação sobre competências', 'pesquisa sobre competências', 'Investigação, dados e análise para o desenvolvimento de competências']
		}
	},
	{
		code: '5',
		labels: {
			en: 'Skills ecosystem',
			es: 'Ecosistema de competencias',
			fr: 'Écosystème de compétences',
			pt: 'Ecossistema de competências'
		},
		altLabels: {
			en: ['skills ecosystems', 'industry linkages', 'industry-institute linkages', 'clusters', 'industrial clusters', 'public-private partnerships', 'sectoral approach', 'sectoral approaches', 'sector skills councils', 'sector skills bodies', 'innovative finance', 'innovative financing'],
			es: ['ecosistemas de competencias', 'vinculación con la industria', 'vínculos con la industria', 'clústeres', 'conglomerados', 'alianzas público-privadas', 'enfoque sectorial', 'consejos sectoriales de competencias', 'financiamiento innovador', 'financiación innovadora'],
			fr: ['écosystèmes de compétences', 'liens avec l’industrie', 'pôles de compétitivité', 'grappes d’entreprises', 'partenariats public-privé', 'approche sectorielle', 'conseils sectoriels des compétences', 'financement innovant'],
			pt: ['ecossistemas de competências', 'vínculos com a indústria', 'ligação à indústria', 'polos industriais', 'arranjos produtivos locais', 'parcerias público-privadas', 'abordagem setorial', 'conselhos setoriais de competências', 'financiamento inovador']
		}
	},
	{
		code: '6',
		labels: {
			en: 'Training delivery',
			es: 'Impartición de la formación',
			fr: 'Offre de formation',
			pt: 'Oferta de formação'
		},
		altLabels: {
			en: ['training provision', 'vocational training', 'technical and vocational education and training', 'TVET', 'VET', 'e-learning', 'online learning', 'digital learning', 'blended learning', 'distance learning', 'lifelong learning', 'upskilling', 'reskilling', 'training of trainers'],
			es: ['provisión de formación', 'formación profesional', 'educación y formación técnica y profesional', 'EFTP', 'capacitación', 'formación en línea', 'aprendizaje en línea', 'aprendizaje digital', 'educación a distancia', 'aprendizaje permanente', 'aprendizaje a lo largo de la vida', 'recualificación', 'formación de formadores'],
			fr: ['prestation de formation', 'formation professionnelle', 'enseignement et formation techniques et professionnels', 'EFTP', 'formation en ligne', 'apprentissage en ligne', 'apprentissage numérique', 'formation à distance', 'formation tout au long de la vie', 'apprentissage tout au long de la vie', 'requalification', 'perfectionnement professionnel', 'formation de formateurs'],
			pt: ['formação profissional', 'educação e formação técnica e profissional', 'EFTP', 'capacitação', 'ensino a distância', 'formação a distância', 'aprendizagem online', 'aprendizagem digital', 'aprendizagem ao longo da vida', 'educação ao longo da vida', 'requalificação', 'qualificação profissional', 'formação de formadores']
		}
	},
	{
		code: '7',
		labels: {
			en: 'Social inclusion and interaction',
			es: 'Inclusión e interacción social',
			fr: 'Inclusion et interaction sociales',
			pt: 'Inclusão e interação social'
		},
		altLabels: {
			en: ['social inclusion', 'social interaction', 'social cohesion', 'inclusive skills development', 'vulnerable groups', 'disadvantaged groups', 'equal opportunities'],
			es: ['inclusión social', 'interacción social', 'cohesión social', 'inclusión laboral', 'grupos vulnerables', 'colectivos vulnerables', 'grupos desfavorecidos', 'igualdad de oportunidades'],
			fr: ['inclusion sociale', 'interaction sociale', 'cohésion sociale', 'insertion sociale', 'groupes vulnérables', 'publics vulnérables', 'groupes défavorisés', 'égalité des chances'],
			pt: ['inclusão social', 'interação social', 'coesão social', 'inclusão laboral', 'grupos vulneráveis', 'grupos desfavorecidos', 'igualdade de oportunidades']
		}
	},
	{
		code: '8',
		labels: {
			en: 'Entrepreneurship and self-employment',
			es: 'Emprendimiento y autoempleo',
			fr: 'Entrepreneuriat et travail indépendant',
			pt: 'Empreendedorismo e trabalho por conta própria'
		},
		altLabels: {
			en: ['entrepreneurship', 'entrepreneurship training', 'entrepreneurial skills', 'self-employment', 'own-account work', 'business start-up', 'business creation', 'start-up support', 'enterprise development', 'small business development', 'business incubation'],
			es: ['emprendimiento', 'emprendedurismo', 'espíritu emprendedor', 'autoempleo', 'trabajo por cuenta propia', 'creación de empresas', 'formación empresarial', 'habilidades emprendedoras', 'desarrollo empresarial', 'incubación de empresas'],
			fr: ['entrepreneuriat', 'entreprenariat', 'esprit d’entreprise', 'auto-entrepreneuriat', 'auto-emploi', 'travail indépendant', 'création d’entreprise', 'compétences entrepreneuriales', 'formation à l’entrepreneuriat', 'incubation d’entreprises'],
			pt: ['empreendedorismo', 'espírito empreendedor', 'autoemprego', 'trabalho por conta própria', 'trabalho autónomo', 'trabalho autônomo', 'criação de empresas', 'competências empreendedoras', 'formação em empreendedorismo', 'incubação de empresas']
		}
	},
	{
		code: '9',
		labels: {
			en: 'Life skills',
			es: 'Habilidades para la vida',
			fr: 'Compétences de vie',
			pt: 'Competências para a vida'
		},
		altLabels: {
			en: ['soft skills', 'transversal skills', 'core skills', 'core work skills', 'socio-emotional skills', 'interpersonal skills', 'people skills', '21st century skills', 'healthy lifestyle', 'positive attitudes', 'personal development'],
			es: ['habilidades blandas', 'competencias blandas', 'competencias transversales', 'habilidades socioemocionales', 'competencias socioemocionales', 'habilidades interpersonales', 'competencias para la vida', 'estilo de vida saludable', 'actitudes positivas', 'desarrollo personal'],
			fr: ['compétences non techniques', 'savoir-être', 'compétences transversales', 'compétences psychosociales', 'compétences socio-émotionnelles', 'compétences relationnelles', 'compétences de la vie courante', 'soft skills', 'mode de vie sain', 'attitudes positives', 'développement personnel'],
			pt: ['competências transversais', 'competências socioemocionais', 'habilidades socioemocionais', 'competências comportamentais', 'competências interpessoais', 'habilidades para a vida', 'soft skills', 'estilo de vida saudável', 'atitudes positivas', 'desenvolvimento pessoal']
		}
	}
];
