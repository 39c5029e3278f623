/**
 * Types of knowledge resources. The English labels are the wording of the ILO knowledge
 * platform ("Case studies and good practices", "Research papers"), so its records map
 * without a table of their own.
 */
import type { Concept } from '../types';

export const resourceTypes: Concept[] = [
	{
		code: 'case-study',
		labels: { en: 'Case studies and good practices', es: 'Estudios de caso y buenas prácticas', fr: 'Études de cas et bonnes pratiques', pt: 'Estudos de caso e boas práticas' },
		altLabels: {
			en: ['case study', 'case studies', 'good practice', 'good practices', 'best practices', 'inspiring practices', 'success stories', 'lessons learnt'],
			es: ['estudio de caso', 'estudios de caso', 'buenas prácticas', 'mejores prácticas', 'prácticas inspiradoras', 'experiencias exitosas', 'lecciones aprendidas'],
			fr: ['étude de cas', 'études de cas', 'bonnes pratiques', 'pratiques exemplaires', 'pratiques inspirantes', 'retours d’expérience', 'enseignements tirés'],
			pt: ['estudo de caso', 'estudos de caso', 'boas práticas', 'melhores práticas', 'práticas inspiradoras', 'casos de sucesso', 'lições aprendidas']
		}
	},
	{
		code: 'research-paper',
		labels: { en: 'Research papers', es: 'Documentos de investigación', fr: 'Documents de recherche', pt: 'Artigos de investigação' },
		altLabels: {
			en: ['research paper', 'working paper', 'working papers', 'research report', 'research reports', 'journal article', 'academic articles'],
			es: ['documento de investigación', 'documento de trabajo', 'documentos de trabajo', 'informe de investigación', 'artículo científico', 'artículos académicos'],
			fr: ['document de recherche', 'document de travail', 'documents de travail', 'rapport de recherche', 'article scientifique', 'articles académiques'],
			pt: ['artigo de investigação', 'artigos de pesquisa', 'documento de trabalho', 'documentos de trabalho', 'relatório de pesquisa', 'artigo científico']
		}
	},
	{
		code: 'promotional-material',
		labels: { en: 'Promotional material', es: 'Material promocional', fr: 'Matériel promotionnel', pt: 'Material promocional' },
		altLabels: {
			en: ['promotional materials', 'brochure', 'brochures', 'leaflets', 'flyers', 'infographics', 'newsletters', 'press releases'],
			es: ['materiales promocionales', 'material de difusión', 'folletos', 'infografías', 'boletines', 'comunicados de prensa'],
			fr: ['supports de communication', 'supports promotionnels', 'brochures', 'dépliants', 'infographies', 'lettres d’information', 'communiqués de presse'],
			pt: ['materiais promocionais', 'material de divulgação', 'folhetos', 'brochuras', 'infográficos', 'boletins informativos', 'comunicados de imprensa']
		}
	},
	{
		code: 'policy-document',
		labels: { en: 'Policy documents', es: 'Documentos de política', fr: 'Documents de politique', pt: 'Documentos de política' },
		altLabels: {
			en: ['policy document', 'policy brief', 'policy briefs', 'national strategies', 'action plans', 'legislation', 'laws and regulations'],
			es: ['documento de política', 'notas de política', 'políticas públicas', 'estrategias nacionales', 'planes de acción', 'legislación'],
			fr: ['document de politique', 'notes d’orientation', 'notes de politique', 'politiques publiques', 'stratégies nationales', 'plans d’action', 'législation'],
			pt: ['documento de política', 'notas de política', 'políticas públicas', 'estratégias nacionais', 'planos de ação', 'legislação']
		}
	},
	{
		code: 'tool-guideline',
		labels: { en: 'Tools and guidelines', es: 'Herramientas y guías', fr: 'Outils et lignes directrices', pt: 'Ferramentas e diretrizes' },
		altLabels: {
			en: ['tool', 'tools', 'toolkit', 'toolkits', 'guidelines', 'guide', 'guides', 'handbook', 'manual', 'methodologies'],
			es: ['herramienta', 'herramientas', 'caja de herramientas', 'guía', 'guías', 'directrices', 'manual', 'metodologías'],
			fr: ['outil', 'outils', 'boîte à outils', 'guide', 'guides', 'lignes directrices', 'manuel', 'méthodologies'],
			pt: ['ferramenta', 'ferramentas', 'caixa de ferramentas', 'guia', 'guias', 'diretrizes', 'manual', 'metodologias']
		}
	},
	{
		code: 'statistics',
		labels: { en: 'Statistics', es: 'Estadísticas', fr: 'Statistiques', pt: 'Estatísticas' },
		altLabels: {
			en: ['statistical data', 'datasets', 'data sets', 'indicators', 'databases'],
			es: ['datos estadísticos', 'conjuntos de datos', 'indicadores', 'bases de datos'],
			fr: ['données statistiques', 'jeux de données', 'indicateurs', 'bases de données'],
			pt: ['dados estatísticos', 'conjuntos de dados', 'indicadores', 'bases de dados', 'bancos de dados']
		}
	},
	{
		code: 'evaluation-report',
		labels: { en: 'Evaluation reports', es: 'Informes de evaluación', fr: 'Rapports d’évaluation', pt: 'Relatórios de avaliação' },
		altLabels: {
			en: ['evaluation report', 'evaluations', 'impact evaluation', 'impact assessment', 'project evaluation'],
			es: ['informe de evaluación', 'evaluaciones', 'evaluación de impacto', 'evaluación de proyectos'],
			fr: ['rapport d’évaluation', 'évaluations', 'évaluation d’impact', 'évaluation de projets'],
			pt: ['relatório de avaliação', 'avaliações', 'avaliação de impacto', 'avaliação de projetos']
		}
	},
	{
		code: 'course',
		labels: { en: 'Courses and learning resources', es: 'Cursos y recursos de aprendizaje', fr: 'Cours et ressources pédagogiques', pt: 'Cursos e recursos de aprendizagem' },
		altLabels: {
			en: ['course', 'courses', 'online courses', 'MOOC', 'MOOCs', 'learning resources', 'training materials', 'learning materials'],
			es: ['curso', 'cursos', 'cursos en línea', 'recursos de aprendizaje', 'materiales de formación', 'materiales didácticos', 'recursos educativos'],
			fr: ['cours', 'cours en ligne', 'ressources pédagogiques', 'supports de formation', 'matériel pédagogique', 'ressources éducatives', 'modules de formation'],
			pt: ['curso', 'cursos', 'cursos online', 'recursos de aprendizagem', 'materiais de formação', 'materiais didáticos', 'recursos educativos']
		}
	}
];
