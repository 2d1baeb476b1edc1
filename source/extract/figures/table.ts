import type {CurrencyUnit, FigureKind, FigureUnit} from '../../dataset/schema.js';
import type {SentenceFacts} from '../analysis.js';
import type {MeasureCue} from '../lexicon-entry.js';
import {scanLexicon} from '../lexicon.js';
import {inCalendar, lastDayOf, lastMonthOf, nextQuarter, periodToDate, shiftPeriod, wholeYearOf} from '../period-calendar.js';
import {findPeriods} from '../period-mentions.js';
import {resolvePeriod, yearToDate} from '../period-resolution.js';
import {surveyCalendar, surveyed, type FiscalCalendar, type Period, type RawPeriod} from '../periods.js';
import {findSegments} from '../segments.js';
import {cellsOf} from '../tables.js';
import {isFuture, isPast} from './basis.js';
import {
	bareNumber,
	bracketedLoss,
	cellValue,
	changeInBrackets,
	companiesTotal,
	differenceLabel,
	labelOf,
	partLabel,
	outlookWords,
	reconcilingLabel,
	tableUnit,
	totalLabel,
	type Column,
	type RowLabel,
	type TableUnit,
} from './table-header.js';
import type {FoundFigure, ReadingState} from './types.js';
import {tableFrame} from './table-frame.js';

// Tables of figures, as results pages and 決算短信 write them: periods as columns ("項目 | 2025年7〜9月期
// | 前年同期 | 増減率"), companies as columns ("項目 | 富士通 | NEC"), measures as columns with a "%"
// column of changes after each ("決算期 | 売上高（百万円） | % | 営業利益（百万円） | %"), segments as
// rows under a caption that names the measure ("セグメント別売上収益"). Bare numbers take the unit
// the caption, the header or the column gives ("（単位：億ドル）", "売上高（百万円）", "1株当たり純利益（円）").

/** "| 2024年6月期 | … | 2025年6月期 | … | 前期比増減率 |": a row of changes is of the latest period above it, whichever row that is. */
const laterOf = (a: Period | null, b: Period | null): Period | null => (a && b ? ((lastMonthOf(b) ?? 0) > (lastMonthOf(a) ?? 0) ? b : a) : (a ?? b));

/**
 * A note of a document's amounts on a line of its own, as 決算短信 and IR pages write one above all their
 * tables: "（百万円未満切捨て）", "（単位：百万円）", "(金額単位：千円)".
 */
export function documentUnitNote(text: string): {readonly scale: number; readonly unit: CurrencyUnit} | null {
	// "（1）連結経営成績　（百万円未満切捨て、％表示は対前期増減率）": a heading may carry it, with what the % columns are.
	const trimmed = text.trim();
	// "（単位：百万円。1株当たり当期純利益は円）": a note in brackets of its own may say more after a full stop.
	const bracketed = /^[(（][^()（）]*[)）]$/.test(trimmed);
	const note =
		/^[(（]?\s?(?:金額)?(?:単位\s?[:：]\s?)?(?<word>[百千万億]+円)(?:未満)?(?:切り?捨て|四捨五入|表示)?\s?[)）]?$/.exec(trimmed) ??
		(trimmed.length <= 80 && (bracketed || !/[。．]/.test(trimmed)) ? /[(（]\s?(?:金額)?(?:単位\s?[:：]\s?)?(?<word>[百千万億]+円)(?:未満)?(?:切り?捨て|四捨五入|表示)?(?:[、,。．][^()（）]{0,30})?\s?[)）]\s?$/.exec(trimmed) : null);
	if (!note) return null;
	const unit = tableUnit(`(${note.groups!['word']!})`);
	return unit && money(unit.unit) ? {scale: unit.scale, unit: unit.unit} : null;
}

const marketShare = scanLexicon('シェア').find(hit => hit.entry.measure?.kind === 'market_share')?.entry.measure;
const sharePrice = scanLexicon('騰落率').find(hit => hit.entry.measure?.kind === 'stock_move')?.entry.measure;
/** "| 2025年度シェア | 2024年度シェア | 増減 |": a change after a measure's columns of two periods is the later one's. */
function latestMeasured(cue: MeasureCue, columns: readonly Column[], resolve: (raw: RawPeriod | undefined) => Period | null): Period | null {
	return columns.reduce<Period | null>((latest, column) => laterOf(latest, column.type === 'measure' && column.cue === cue && column.earlier === null ? resolve(column.period ?? undefined) : null), null);
}

const sales = scanLexicon('売上高').find(hit => hit.entry.measure?.kind === 'revenue')?.entry.measure;
// "| 前年同期シェア | 前年同期比成長率 |": a growth rate beside shares, named as one, is of the company's sales.
const salesRate = /成長率|伸び率|増収率/;
const money = (unit: FigureUnit): unit is CurrencyUnit => unit !== '%' && unit !== 'pt' && unit !== 'count';

/**
 * The session a table of share prices reports: the session at home the text named last ("28日の東京市場では…" over
 * it, after "27日の時間外取引" abroad), else the trading day the text named, else the day it was published.
 */
function tradingDayOf(state: ReadingState): Period | null {
	const home = state.marketDay && !state.marketDay.abroad ? state.marketDay.date : null;
	const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(home ?? state.tradingDay ?? state.published ?? '');
	return day ? {type: 'day', year: Number(day[1]), month: Number(day[2]), day: Number(day[3])} : null;
}

const dividendLabel = scanLexicon('配当').find(hit => hit.entry.measure)?.entry.measure?.label;
const salaryLabel = scanLexicon('平均年収').find(hit => hit.entry.measure)?.entry.measure?.label;
const dividendColumn = /四半期末|中間期末|^期末$|^合計$|^年間$/;

/**
 * The part of a row's fiscal year a dividend column pays for: the second quarter's end the first half, the year's
 * end the second half (where an interim one is paid), the total the year. Null when the row leaves cells empty.
 */
function dividendPeriod(row: RawPeriod | undefined, header: string, headers: readonly string[], cells: number): RawPeriod | null | undefined {
	if (!row || (row.type !== 'fiscal-year' && row.type !== 'nendo') || row.part !== 'Y') return undefined;
	const columns = headers.filter(cell => dividendColumn.test(cell.trim())).length;
	if (cells - 1 < columns) return null;
	const trimmed = header.trim();
	const interim = headers.some(cell => /第\s?2\s?四半期末|中間期末/.test(cell));
	const part = /第\s?1\s?四半期末/.test(trimmed) ? 'Q1' : /第\s?2\s?四半期末|中間期末/.test(trimmed) ? 'H1' : /第\s?3\s?四半期末/.test(trimmed) ? 'Q3' : /^期末$/.test(trimmed) && interim ? 'H2' : 'Y';
	return {...row, part};
}

/** The latest of the period columns: the period a table reports, its other columns being earlier ones. */
function currentOf(columns: readonly Column[], resolve: (raw: RawPeriod | undefined) => Period | null): Period | null {
	let current: Period | null = null;
	for (const column of columns) {
		// A column of forecasts is later than the results, not the period the table reports.
		if (column.type !== 'period' || column.outlook) continue;
		const period = resolve(column.raw);
		if (period && (current === null || (lastMonthOf(period) ?? 0) > (lastMonthOf(current) ?? 0))) current = period;
	}

	return current;
}

const indexLabel =
	/^(?:日経平均(?:株価)?|TOPIX|東証株価指数|東証グロース(?:市場)?250(?:指数)?|グロース250|S&P\s?500|ナスダック(?:総合)?(?:指数)?|(?:NY)?ダウ(?:平均|工業株30種平均)?|SOX指数|フィラデルフィア半導体株指数|KOSPI|加権指数|ハンセン指数)$/i;

// A company profile's row: one of the lexicon's profile words, or the staff count a profile gives beside them.
const profileLabel = (label: string) => /^(?:従業員数|従業員|社員数)$/.test(label) || scanLexicon(label).some(hit => hit.entry.marker === 'profile' && hit.start === 0 && hit.end === label.length);

/** A row of a forecast named by what it is, with no period of its own ("前回予想", "今回修正予想"). */
const forecastRowOf = (label: RowLabel) => (label.outlook || label.superseded) && label.period === undefined;
function wholeYearForecast(period: Period | null, calendar: FiscalCalendar, state: ReadingState): Period | null {
	const year = period ? wholeYearOf(period, calendar) : null;
	// A caption that names the year ("2026年3月期の連結業績予想") already says it.
	if (period && year && lastMonthOf(period) === lastMonthOf(year) && period.type === 'months' && period.to - period.from === 11) return period;
	return state.outlookPeriod ?? year ?? period;
}

/** A first column of companies: "| メーカー |", "| 企業 |", "| 銘柄 |". */
const investorsHeader = /投資家|出資者|出資元|引受先|割当先|リード/;
const companyRowsHeader = /^(?:メーカー|メーカー名|企業|企業名|社名|会社|会社名|銘柄|銘柄名|ベンダー|ベンダー名|事業者|ブランド|Company|Vendor)$/i;

export function readTable(rows: readonly SentenceFacts[], captions: readonly SentenceFacts[], state: ReadingState): FoundFigure[] {
	if (rows.length === 0) return [];
	const frame = tableFrame(rows, captions, state);
	if (!frame) return [];
	const {
		headerCells,
		periodColumn,
		asOfColumn,
		hasHeader,
		keyValue,
		headerColumns,
		unit,
		captionCompany,
		headingUnit,
		captionClose,
		captionPeriodMention,
		cumulativeTable,
		captionPart,
		inCaptionYear,
		captionFirm,
		captionProduct,
		captionMeasure,
		captionOutlook,
		stockTable,
		segmentRows,
		cornerUnit,
	} = frame;
	let columns: readonly Column[] = frame.columns;
	const found: FoundFigure[] = [];
	// The row above, for a row of its changes ("前年同期比 | +2.1% | +4.8%") and for an earlier period's row.
	let previous = null as {label: RowLabel; period: Period | null} | null;
	// The last row that named a measure, for the rows under it that break it down.
	let parent = null as RowLabel | null;
	let columnUnits: Array<TableUnit | null> = [];
	let columnPeriods: Array<RawPeriod | null> = [];
	// Rows of forecasts above ("前回発表予想", "今回修正予想"): a row of changes below them is the revision.
	let revisionTable = false;
	const growthRowUnder = (label: RowLabel) => !label.measure && label.comparison !== null;
	// The table's own period: its first row's (the rows below are earlier periods or changes).
	let current = null as Period | null;
	let companyRows = 0;
	for (const row of hasHeader ? rows.slice(1) : rows) {
		const cells = cellsOf(row.normalized).map(([start, end]) => row.normalized.slice(start, end));
		// "| 対象期間 | 2025年4〜12月期 | 2025年12月期 |": each column's period, companies' fiscal years differing.
		if (/^(?:対象期間|決算期間|会計期間|期間|決算期|対象期)$/.test((cells[0] ?? '').trim())) {
			const periods = cells.map(cell => findPeriods(cell).find(mention => mention.qualifier === null)?.raw ?? null);
			if (periods.slice(1).some(raw => raw !== null)) {
				columnPeriods = periods;
				continue;
			}
		}
		// "| 該当四半期 | 第2四半期 | 第1四半期 |" under "| 決算期 | 2026年3月期 | 2026年6月期 |": the part of each column's year.
		if (columnPeriods.length > 0 && /^(?:該当|対象)?(?:四半期|期間区分)$/.test((cells[0] ?? '').trim())) {
			columnPeriods = cells.map((cell, index) => {
				const part = findPeriods(cell).find(mention => mention.raw.type === 'part')?.raw;
				const year = columnPeriods[index] ?? null;
				return part?.type === 'part' && year && (year.type === 'fiscal-year' || year.type === 'nendo') && year.part === 'Y' ? {...year, part: part.part} : null;
			});
			continue;
		}

		// "| 決算発表日 | 2月11日 | 2月12日 |": the days results came out date no figure, and are no header of days.
		if (/^(?:決算)?(?:発表|公表|開示)日$/.test((cells[0] ?? '').trim())) continue;

		// "| 従業員数 | 149,655名（連結） |": a company profile's particulars are no figures of the news; "| 設立 | 1947年4月 |
		// 1953年7月 |" is no header of periods either.
		if (profileLabel((cells[0] ?? '').trim())) continue;
		// "| QUICKコンセンサス | 238,600 | 90,500 |": analysts' expectations are no figure of the company.
		if (scanLexicon(cells[0] ?? '').some(hit => hit.entry.marker === 'consensus')) continue;

		// Two tables with no text between them read as one: a second header row starts the second's columns.
		// "| | 1株当たり中間純利益 |" (its corner cell empty): a header of one measure.
		const oneMeasure = cells.length === 1 && scanLexicon(cells[0]!).some(hit => hit.entry.measure) && cellValue(cells[0]!, null) === null;
		if (hasHeader && !keyValue && (oneMeasure || (cells.length >= 2 && cells.slice(1).every(cell => !bareNumber.test(cell) && !bracketedLoss.test(cell) && cellValue(cell, null) === null)))) {
			const next = oneMeasure ? [{type: 'other'} as const, ...headerColumns(cells)] : headerColumns(cells);
			if (next.some(column => column.type === 'measure' || column.type === 'period' || column.type === 'company')) {
				columns = next;
				previous = null;
				continue;
			}
		}

		// "| | 百万円 | 百万円 | 円 銭 |": each column's unit, on a row of its own under the header.
		const rowUnits = cells.map(cell => (cell.trim() === '' ? null : tableUnit(`(${cell.replace(/\s/g, '')})`)));
		if (rowUnits.filter(unit => unit !== null).length >= Math.max(1, cells.filter(cell => cell.trim() !== '').length - 1)) {
			columnUnits = rowUnits;
			continue;
		}

		if (segmentRows && reconcilingLabel.test((cells[0] ?? '').trim())) continue;
		// "| 4社合計 | 約3830億ドル |" under rows of companies: several companies together are none of them.
		if (!segmentRows && (companiesTotal.test((cells[0] ?? '').trim()) || (companyRows > 0 && totalLabel.test((cells[0] ?? '').trim())))) continue;
		// "| 日経平均 | - | +1.6% |" among the week's movers: an index is no company, nor the row above's.
		if (indexLabel.test((cells[0] ?? '').trim())) continue;
		// "| ― | その他 | 13.1% |": the rest of a ranking together is nobody.
		if (cells.some(cell => /^(?:その他|その他の?(?:企業|事業者|ベンダー)|Others?)$/i.test(cell.trim())) && !segmentRows) continue;
		let label = labelOf(cells[0] ?? '', segmentRows, state);
		const rowAsOf = asOfColumn > 0 ? findPeriods(cells[asOfColumn] ?? '').find(mention => mention.qualifier === null)?.raw : undefined;
		const periodCell = periodColumn > 0 && label.period === undefined ? (cells[periodColumn] ?? '') : '';
		const cellPeriodOfRow = periodCell ? findPeriods(periodCell).find(mention => mention.qualifier === null && mention.raw.type !== 'day') : undefined;
		if (cellPeriodOfRow) label = {...label, period: cellPeriodOfRow.raw, periodText: cellPeriodOfRow.text, outlook: label.outlook || outlookWords.test(periodCell)};
		// "| 売上高 | … |" over "| 　Businessドメイン | … |" (indented) or "| うちストレージ | … |": a part of the row above, by its measure.
		const part = parent && (row.sentence.indented === true || /^\s?うち/.test(cells[0] ?? '')) ? partLabel(label, cells[0] ?? '') : null;
		if (part) label = part;
		// "| 1 | アップル | 52.0% |": a ranking names its company after the rank.
		if (label.company || cells.slice(1).some(cell => !bareNumber.test(cell) && state.matcher.find(cell).length > 0)) companyRows++;
		// A revision row follows the forecasts it compares: its changes are the revision's, never growth. Not "前期比" under
		// "連 2026.03予" (or "前期比(%)" under 今回予想): a change on the year before is the forecast's growth.
		const revisionRow = label.revision || (growthRowUnder(label) && revisionTable && !/^\s?(?:[\d.年月]{3,10}期\s?)?(?:前期比|前年比|前年度比|前年同期比)\s?(?:[(（]\s?[%％]\s?[)）])?\s?$/.test(cells[0] ?? ''));
		// "| 売上高の前年同期比 | +27% | +31% |": a row naming its measure and a comparison holds the measure's changes.
		const measuredGrowthRow = label.measure !== undefined && label.comparison !== null && !revisionRow && cells.slice(1).every(cell => /^\s*(?:[-－―—‐]\s*)?$|[%％]\s*$/.test(cell));
		const growthRow = ((!label.measure && label.comparison !== null) || measuredGrowthRow) && !revisionRow;
		const rowMeasure = label.measure ?? (part ? parent!.measure : growthRow ? previous?.label.measure : undefined);
		let rowPeriod: Period | null = null;
		// "| 売上高（百万円） | 33,636 | 38,412 |": a row's own unit, in its label.
		const labelUnit = tableUnit(cells[0] ?? '');
		for (let index = 1; index < cells.length; index++) {
			const column = columns[index - Math.max(0, cells.length - columns.length)] ?? {type: 'other'};
			// "| 2025年実績 | 2026年計画 | 増加率 |": a change right after a period's column is that period's, planned if it is.
			const left = column.type === 'growth' ? columns[index - Math.max(0, cells.length - columns.length) - 1] : undefined;
			const changedPeriod = left?.type === 'period' ? left : undefined;
			if (column.type === 'consensus' || (periodColumn > 0 && index === periodColumn) || (asOfColumn > 0 && index === asOfColumn)) continue;
			const growth = growthRow || column.type === 'growth';
			// A row or column of changes holds percentages, with or without the sign ("前年同期比（%） | 8.8").
			// A per-share amount is in its currency, never in the table's millions.
			// Aligned from the right: a row may leave out its empty first cell.
			const ownUnit = columnUnits[columnUnits.length - (cells.length - index)] ?? null;
			// So is a dividend ("| 年間配当 |"), paid per share.
			const perShare = (cue: MeasureCue | undefined) => cue?.kind === 'eps' || (cue !== undefined && cue.label === dividendLabel);
			const perShareRow = perShare(rowMeasure) && unit ? {scale: 1, unit: unit.unit} : null;
			const columnUnit = ownUnit ?? (column.type === 'measure' ? (column.unit ?? (perShare(column.cue) ? (unit ? {scale: 1, unit: unit.unit} : null) : unit)) : (perShareRow ?? labelUnit ?? unit));
			const revisionRate = revisionRow && /%|率|比/.test(cells[0] ?? '');
			// "225,000（△2.3%）": a level with its change on the year before in brackets, as 決算短信 write forecasts.
			const withChange = changeInBrackets.exec(cells[index]!);
			// "| 増減 | 25,000 |" beside amounts: a difference of amounts, neither a level nor a rate.
			const difference = growth && (growthRow ? differenceLabel(cells[0] ?? '') : column.type === 'growth' && column.amounts === true);
			if (difference && !/[%％]|ポイント|pt/i.test(cells[index]!)) continue;
			const quantity = cellValue(withChange ? withChange.groups!['value']! : cells[index]!, growth || revisionRate ? {scale: 1, unit: '%'} : columnUnit);
			// "| シェア | 前年比 |" with "△0.8ポイント": a share's change in points is a share figure, in pt.
			if (!quantity || (growth && quantity.unit !== '%' && quantity.unit !== 'pt')) continue;
			// "| 2 | HP | 20.8% |": a ranking names its company in a cell after the rank;
			// "| 2 | マイクロソフト（Azure） | 24.1% |", with its unit the registry knows in brackets.
			const rankedIn = (cell: string) => {
				const [first, ...rest] = state.matcher.find(cell);
				return first && !first.segment ? (rest.find(mention => mention.company === first.company && mention.segment) ?? first) : first;
			};
			let ranked: {readonly cell: string; readonly mention: NonNullable<ReturnType<typeof rankedIn>>} | undefined;
			// "| シリーズA | 2024年9月 | 約300億円 | NVIDIA、NEA |": who put money in names no owner of the round.
			const investorsAt = (at: number) => investorsHeader.test((headerCells[at - Math.max(0, cells.length - headerCells.length)] ?? '').trim());
			for (const [at, cell] of label.company ? [] : cells.entries()) {
				if (at === 0 || investorsAt(at)) continue;
				const mention = bareNumber.test(cell) ? undefined : rankedIn(cell);
				if (mention) {
					ranked = {cell, mention};
					break;
				}
			}
			const rowCompany = label.company ?? ranked?.mention;
			// "| 4 | Acer | 6.1% |": a ranked name brief does not know is nobody it knows, not the caption's company; nor is one
			// left unranked ("| － | ODMダイレクト | 47.6% |").
			if (!rowCompany && !label.company && (bareNumber.test(cells[0] ?? '') || /^\s?[－―—–-]\s?$/.test(cells[0] ?? '')) && cells.slice(1).some(cell => /\p{L}/u.test(cell) && cellValue(cell, null) === null)) continue;
			// "| メーカー | Omdia | Counterpoint |" over "| BOE（中国） | 17% | 15% |" with BOE unknown: a row of a company brief does not know.
			if (!rowCompany && companyRowsHeader.test((headerCells[0] ?? '').trim()) && !label.measure) continue;
			// "| 項目 | ネイバー | カカオ |" with カカオ unknown: a named column beside companies' columns is a company brief does not know.
			if (!rowCompany && column.type === 'other' && columns.some(other => other.type === 'company') && /\p{L}/u.test(headerCells[index - Math.max(0, cells.length - columns.length)] ?? '')) continue;
			const company = column.type === 'company' ? column.company : (rowCompany?.company ?? cornerUnit?.company ?? captionCompany ?? state.last?.owner.company ?? state.headline ?? null);
			// "| 2 | Samsung（ファウンドリー部門） | 3,159 |": the unit a ranked name is given with is the segment ranked.
			const rankedUnit = ranked ? findSegments(ranked.cell).find(found => found.source === 'unit')?.name : undefined;
			const headedBy = headingUnit && company === headingUnit.company ? headingUnit.segment : null;
			const segment = column.type === 'company' ? column.segment : (rowCompany?.segment ?? label.segment?.name ?? rankedUnit ?? (rowCompany ? null : (cornerUnit?.segment ?? headedBy)));
			// "| 売上高 | シェア | 前年比 |" with "63.0": a share moves in points; a change in per cent beside it is of the amounts.
			const changeOf =
				column.type === 'growth' && column.of?.kind === 'market_share' && quantity.unit === '%'
					? (columns.find((other): other is Extract<Column, {type: 'measure'}> => other.type === 'measure' && other.cue.units.includes('money'))?.cue ??
						(salesRate.test(headerCells[index - Math.max(0, cells.length - columns.length)] ?? '') ? sales : undefined))
					: column.type === 'growth'
						? (column.of ?? undefined)
						: undefined;
			// "| 順位 | メーカー | Yole Group | TrendForce |" under prose on the makers' shares: each firm's column is its shares.
			const firmShares = (column.type === 'other' || column.type === 'period') && column.firm !== undefined && quantity.unit === '%' && captions.some(fact => /シェア/.test(fact.normalized)) ? marketShare : undefined;
			const measure = rowMeasure ?? (column.type === 'measure' ? column.cue : changeOf) ?? captionMeasure ?? firmShares ?? (stockTable && quantity.unit === '%' ? sharePrice : undefined);
			if (!company || !measure) continue;
			// "| 平均年収 | 8,830 |" in a table of 百万円: a pay per person is read only with its own unit.
			if (measure.label === salaryLabel && cellValue(cells[index]!, null) === null && !labelUnit && !ownUnit) continue;
			const comparison = growthRow ? label.comparison : column.type === 'growth' ? column.comparison : null;
			let kind: FigureKind;
			let measureLabel: string;
			if (revisionRow) {
				kind = 'other';
				measureLabel = `${measure.label} ${revisionRate ? '修正率' : '修正額'}`;
			} else if (growth && quantity.unit === 'pt') {
				if (measure.kind !== 'market_share') continue;
				kind = measure.kind;
				measureLabel = `${measure.label} ${comparison === 'quarter' ? '前四半期比' : '前年比'}`;
			} else if (growth && column.type === 'growth' && column.years) {
				kind = 'other';
				measureLabel = `${measure.label} 複数年の増加率`;
			} else if (growth) {
				kind = comparison === 'quarter' ? 'other' : (measure.growthKind ?? 'other');
				measureLabel = `${measure.label} ${comparison === 'quarter' ? '前四半期比' : '前年同期比'}`;
			} else {
				const fits = money(quantity.unit) ? measure.units.includes('money') : quantity.unit === '%' ? measure.units.includes('percent') : measure.units.includes('count');
				if (!fits) continue;
				kind = measure.kind;
				measureLabel = measure.label;
			}

			const firm = (column.type === 'other' || column.type === 'period' ? column.firm : undefined) ?? captionFirm;
			// A share is of a market, whose quarters are the calendar's, whoever holds it.
			const survey = firm !== null || kind === 'market_share';
			const calendar = survey ? surveyCalendar : state.matcher.fiscalCalendar(company);
			const resolve = (raw: RawPeriod | undefined) => (raw ? resolvePeriod(raw, calendar, state.anchor, state.articlePeriod) : null);
			// "| 第2四半期（累計） |" in a table of forecasts under "2026年12月期の連結業績予想": a part of the forecast's year.
			const forecastYear = (captionOutlook || state.section === 'outlook') && state.outlookPeriod ? state.outlookPeriod : state.articlePeriod;
			const resolveLabel = (raw: RawPeriod | undefined) => (raw ? resolvePeriod(raw, calendar, state.anchor, forecastYear) : null);
			const latestColumn = currentOf(columns, raw => resolve(captionPart ? inCaptionYear(raw) : cumulativeTable && raw ? yearToDate(raw) : raw));
			// "## 事業者別シェア（2025年）" over "| MM総研 | IDC Japan | MM総研（2024年） |": a column of a year before the
			// caption's is the one compared with, and the undated columns are the caption's.
			const captionPeriod = resolve(captionPeriodMention?.raw);
			const latest = latestColumn && captionPeriod && (lastMonthOf(captionPeriod) ?? 0) > (lastMonthOf(latestColumn) ?? 0) ? null : latestColumn;
			const columnPeriod = columnPeriods[columnPeriods.length - (cells.length - index)] ?? (column.type === 'company' ? (column.period ?? null) : null);
			// The results period the article reports dates its flows; a level is dated only as written, and a sum committed
			// only by its own row or column.
			const reportedPeriod = (measure.family === 'flow' || measure.family === 'stock') && state.articlePeriod ? inCalendar(state.articlePeriod, calendar) : null;
			const base: Period | null =
				resolveLabel(inCaptionYear(label.period)) ??
				resolve(columnPeriod ?? undefined) ??
				((growthRow && !measuredGrowthRow) || revisionRow ? laterOf(current, previous?.period ?? null) : null) ??
				// "## 2．セグメント別の状況（累計）" in a 第3四半期決算短信: the quarter reported, counted from the year's start.
				(measure.family === 'deal'
					? null
					: (latest ??
						// "| 前回予想 |", "| 今回予想 |" after the nine months' results: forecasts of the whole year.
						(forecastRowOf(label) ? wholeYearForecast(resolve(captionPeriodMention?.raw) ?? reportedPeriod, calendar, state) : null) ??
						resolve(cumulativeTable && captionPeriodMention ? yearToDate(captionPeriodMention.raw) : captionPeriodMention?.raw) ??
						(cumulativeTable && reportedPeriod ? periodToDate(reportedPeriod, calendar) : reportedPeriod))) ??
				// "MM総研は…2025年度上期（2025年4〜9月）の事業者別シェアを調査した。" over a table of shares: the survey's period.
				// So are the units it counts beside them (| 218.6万台 | 26.0% |).
				((kind === 'market_share' || (firm !== null && measure.units.includes('count'))) && state.firm?.period ? surveyed(state.firm.period) : null);
			const prior = column.type === 'prior' || label.prior;
			// "| シェア | 7〜9月期のシェア |", "| 前四半期のシェア |": a measure's column dated by its header.
			const datedMeasure = column.type === 'measure' ? (column.earlier && base ? shiftPeriod(base, column.earlier, calendar) : resolve(column.period ?? undefined)) : null;
			// "| 2026年3月期 第3四半期累計 | 2025年3月期 第3四半期累計 | 増減率 |": a change after the earlier of two periods is the later one's.
			// Not "| 2025年3月期 | 2026年3月期 | 前期比 | 2027年3月期（予想） |": a forecast to the right of the change is not what changed.
			const changedTo = changedPeriod
				? columns
						.slice(0, index - Math.max(0, cells.length - columns.length))
						.map(other => (other.type === 'period' ? resolve(inCaptionYear(other.raw)) : null))
						.reduce<Period | null>((latest, period) => (period && (latest === null || (lastMonthOf(period) ?? 0) > (lastMonthOf(latest) ?? 0)) ? period : latest), resolve(inCaptionYear(changedPeriod.raw)))
				: null;
			// "| 会社計画（2月4日修正後） |": the day a forecast was revised on dates no flow; the caption's year does.
			const revisedOn = column.type === 'period' && column.raw.type === 'day' && measure.family === 'flow';
			const tablePeriod: Period | null =
				column.type === 'period' && !revisedOn
					? (resolve(inCaptionYear(column.raw)) ?? base)
					: changedPeriod
						? (changedTo ?? base)
						: // "| 12月売上高（前年同月比） |", "| 11月売上高 | 前年同月比 |": a change its header dates, or the measure beside it.
							(resolve(column.type === 'growth' ? column.period : undefined) ??
							(left?.type === 'measure' && left.earlier === null ? latestMeasured(left.cue, columns.slice(0, index - Math.max(0, cells.length - columns.length)), resolve) : null) ??
							datedMeasure ??
							(prior && base ? shiftPeriod(base, column.type === 'prior' ? column.earlier : 'year', calendar) : base));
			// A price move in a table of the day's movers is of the trading day, never of a fiscal period.
			// "| 1310億ドル（2025年） |": a cell that dates its own number.
			const cellPeriod = resolve(findPeriods(/[(（][^()（）]*[)）]\s*$/.exec(cells[index]!)?.[0] ?? '').find(mention => mention.qualifier === null && mention.raw.type !== 'day')?.raw);
			// "| 2025年3月期 | － | 25.00 | － | 25.00 | 50.00 |" under "第2四半期末 | … | 期末 | 合計": each dividend of its year's part.
			const dividend = measure.label === dividendLabel ? dividendPeriod(label.period, headerCells[headerCells.length - (cells.length - index)] ?? '', headerCells, cells.length) : undefined;
			// A row of dividends with cells left empty cannot say which column each number is in: left out.
			if (dividend === null) continue;
			// "| 銘柄 | 10月の騰落率 |", "| 2025年の騰落率 |": a month's or a year's move, its column dated by its months.
			const monthsMove = measure.kind === 'stock_move' && datedMeasure?.type === 'months';
			// "| 週間騰落率 |": a week's move is of the week's sessions the text names; with none named, it cannot be dated.
			const weekMove = measure.kind === 'stock_move' && /週間/.test(`${column.type === 'measure' ? column.text : ''}${cells[0] ?? ''}`);
			if (weekMove && !state.tradingWeek) continue;
			const readPeriod = dividend
				? resolveLabel(dividend)
				: weekMove
					? state.tradingWeek
					: measure.kind === 'stock_move' && tablePeriod?.type !== 'day' && !monthsMove
						? tradingDayOf(state)
						: survey
							? surveyed(cellPeriod ?? tablePeriod)
							: (cellPeriod ?? (measure.family === 'level' && !label.period && column.type !== 'period' ? (resolve(rowAsOf) ?? resolve(captionClose)) : null) ?? tablePeriod);
			// "| 次四半期の売上高見通し |": the quarter after the column's; with no quarter to follow, no period can be told.
			// "| 2024年売上高 | 3年増加率 |": the years over which it grew, ending with its column's year; with none, it cannot be told.
			const years = column.type === 'growth' ? column.years : undefined;
			const grownOver = years && readPeriod ? Array.from({length: years}).reduce<Period | null>(start => (start ? shiftPeriod(start, 'year', calendar) : null), readPeriod) : null;
			if (years && !grownOver) continue;
			const period = grownOver ? {type: 'span' as const, from: grownOver, to: readPeriod!} : label.nextQuarter && !cellPeriod ? (readPeriod ? nextQuarter(readPeriod, calendar) : null) : readPeriod;
			if (label.nextQuarter && !period) continue;
			// "（ご参考）前期実績" under a heading of forecasts is a result; so is a row of a year that has ended ("| 2025.03 |").
			// Not a row of the revision ("増減額（B−A）"): the change between two forecasts is no result, whenever the year ended.
			const yearEnded = captionOutlook && !label.outlook && !revisionRow && period !== null && isPast(period, state);
			const outlook =
				!/実績/.test(cells[0] ?? '') &&
				!yearEnded &&
				// "| 新 2027.03 |" in a flash of October 2026: a year still running has no results yet.
				(label.outlook ||
					(measure.family === 'flow' && isFuture(period, state)) ||
					captionOutlook ||
					revisionRow ||
					((column.type === 'period' || column.type === 'company' || column.type === 'other') && column.outlook === true) ||
					changedPeriod?.outlook === true);
			const earlierColumn =
				(column.type === 'period' && latest !== null && period !== null && (lastMonthOf(period) ?? 0) < (lastMonthOf(latest) ?? 0)) || (datedMeasure !== null && base !== null && (lastMonthOf(datedMeasure) ?? 0) < (lastMonthOf(base) ?? 0));
			rowPeriod ??= period;
			// A table's rows of earlier years come after the current one: the latest period is its results'.
			const known = state.resultsPeriods.get(company);
			if (period && !outlook && !prior && !earlierColumn && !growth && !revisionRow && measure.family === 'flow' && measure.label !== dividendLabel && (!known || (lastMonthOf(period) ?? 0) > (lastMonthOf(known) ?? 0)))
				state.resultsPeriods.set(company, period);
			// "| 売上高 | 前期比 |" in a ranking of one quarter: the change on the quarter before, no year-on-year growth.
			if (growth && comparison === 'year' && column.type === 'growth' && column.sincePeriod && ((period?.type === 'months' && period.to - period.from === 2) || (period?.type === 'fiscal' && /^Q/.test(period.part)))) {
				kind = 'other';
				measureLabel = `${measure.label} 前四半期比`;
			}
			found.push({
				company,
				segment: segment ?? (captionProduct && (kind === 'market_share' || kind === 'revenue') ? captionProduct : null),
				segmentAliases: label.segment?.aliases ?? [],
				counterparty: null,
				kind,
				measure: measureLabel,
				family: measure.family,
				value: quantity.value,
				unit: quantity.unit,
				text: quantity.text,
				qualifier: quantity.qualifier,
				range: quantity.range,
				converted: quantity.converted,
				// "| 期末受注残高 | 3,410億円 |" under a year's column: a level is as of the last day of the period it is told for.
				// A month a column of dates gives is the month ("| 評価額の時点 | 2025年10月 |").
				// "| 2023年6月 | シード | 約1億1300万ドル | 約2億6000万ドル |": a round's value is of its month, and money raised
				// has no period, as told in prose.
				period: measure.kind === 'funding' ? null : measure.kind === 'valuation' && period?.type === 'months' ? period : measure.family === 'level' && !outlook && !growth && period && !(rowAsOf && !cellPeriod) ? lastDayOf(period) : period,
				periodText: label.periodText || (column.type === 'period' || column.type === 'prior' || (column.type === 'measure' && datedMeasure !== null) ? column.text : ''),
				basis: outlook ? 'outlook' : 'actual',
				source: firm,
				prior: prior || earlierColumn || label.superseded,
				sentence: row.sentence.index,
			});
			const change = withChange && !growth && !revisionRow ? cellValue(`${withChange.groups!['change']!}%`, null) : null;
			if (change) {
				const figure = found.at(-1)!;
				found.push({...figure, kind: measure.growthKind ?? 'other', measure: `${measure.label} 前期比`, value: change.value, unit: '%', text: withChange!.groups!['change']!, qualifier: 'exact', range: null, converted: null});
			}
		}

		if (label.outlook) revisionTable = true;
		if (!growthRow) previous = {label, period: rowPeriod};
		if (!part) parent = label.measure && !growthRow ? label : null;
		current ??= rowPeriod;
	}

	return found;
}
