/**
 * The form company names are compared in: NFKC (full-width letters and half-width katakana fold to
 * their usual forms), lower case, and without spaces or the separators people drop or add
 * ("アマゾン・ウェブ・サービス" = "アマゾンウェブサービス", "Stability AI" = "stability-ai").
 */
export function normalizeName(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\u00B7\u30FB\uFF65.\-_]+/g, '');
}
