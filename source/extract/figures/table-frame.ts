import type {SentenceFacts} from '../analysis.js';
import type {MeasureCue} from '../lexicon-entry.js';
import {scanLexicon, type LexiconHit} from '../lexicon.js';
import {yearToDate} from '../period-resolution.js';
import type {RawPeriod} from '../periods.js';
import {breakdownCaption, findSegments, productOfCaption} from '../segments.js';
import {cellsOf, fundingRoundHeader} from '../tables.js';
import {comparisonBase} from './period.js';
import {cellValue, columnOf, outlookWords, pairedColumns, segmentHeader, tableUnit, type Column} from './table-header.js';
import type {ReadingState} from './types.js';

// What a table's header and captions tell of all its rows (FORMAT.md tables): which columns are periods,
// measures or companies, the unit, and the company, period, firm, product and measure its caption names.

const periodHeader = /^(?:対象|直近の?|集計)?(?:期|決算期|年度|会計年度|事業年度|期間|決算期間)$/;

/** "…のシェアは次の通り。", "主な数字は以下のとおり：": a sentence that hands over to the table or list after it. */
// "…を四半期ごとに並べてみる。": so does one that says it lines them up.
export const handsOver = /(?:以下|次|下表|下記)の(?:通り|とおり)(?:だ|です|である|となった|となっている)?\s?[。．.:：]?\s?$|(?:以下|次|下表)の(?:表|ようになった)|[:：]\s?$|(?:並べて|一覧にして)(?:みる|みた|みよう)[。．]?\s?$/;

/** "出荷台数シェア": of measure words written together, the last names what is measured; of words apart, the first. */
function compoundMeasure(words: readonly LexiconHit[], text: string): MeasureCue | undefined {
	const measures = words.filter(hit => hit.entry.measure);
	let at = 0;
	// "売上高の伸び率": a rate of the measure before it, joined by の, is what is measured too.
	const rateOf = (next: LexiconHit) => next.entry.measure!.family === 'flow' && next.entry.measure!.units.every(unit => unit === 'percent');
	while (measures[at + 1] && (/^\s?$/.test(text.slice(measures[at]!.end, measures[at + 1]!.start)) || (/^\s?の\s?$/.test(text.slice(measures[at]!.end, measures[at + 1]!.start)) && rateOf(measures[at + 1]!)))) at++;
	return measures[at]?.entry.measure;
}

// "Xの2026年3月期", "Xの売上高", "Xの決算": what a company's own figures are told as.
const ownResults = /^の\s?(?:[^、。]{0,12}?(?:期|年|月)|[^、。]{0,8}?(?:売上|利益|収益|決算|業績|シェア|出荷|受注|損益))/;

/** The figures of a table: its rows' facts in order, and the blocks before it (its caption, nearest last). */
const portfolioHeader = /^(?:保有株数|保有数|保有数量|評価額|評価損益|含み損益|取得単価|取得価格|平均取得単価|損益率)$/;

/** What a table's header and captions say of all its rows, or null for a table of no company's figures. */
export function tableFrame(rows: readonly SentenceFacts[], captions: readonly SentenceFacts[], state: ReadingState) {
	const first = rows[0]!;
	const headerCells = cellsOf(first.normalized).map(([start, end]) => first.normalized.slice(start, end));
	// "| 社名 | 期 | 売上高 |" over "| キリンHD | 25年12月期 | 2,418,600 |": a column that says which period each row is of.
	const periodColumn = headerCells.findIndex((cell, index) => index > 0 && periodHeader.test(cell.trim()));
	// "| 直近の評価額 | 評価額の時点 |": a column that says when each row's levels were so.
	const asOfColumn = headerCells.findIndex((cell, index) => index > 0 && /(?:時点|基準日)$/.test(cell.trim()));
	// "| | 売上高 |": a header whose corner cell is empty has one cell fewer than its rows.
	const cornerless = rows.slice(1, 4).some(row => cellsOf(row.normalized).length > headerCells.length);
	// "1株当たり当期純利益", "修正1株益": a measure's name with a number in it is a header all the same.
	const hasHeader = (headerCells.length >= 2 || cornerless) && headerCells.slice(cornerless ? 0 : 1).every(cell => /^\s?(?:修正|調整後)?1株(?:当たり|あたり|益|配)/.test(cell) || cellValue(cell, null) === null);
	// "| 銘柄 | 保有株数 | 評価額 | 評価損益 |": a reader's own holdings, no company's figures.
	// A company's rounds, each with the value it was given ("| ラウンド | 調達額 | 評価額 |"), are no investor's holdings.
	if (hasHeader && headerCells.some(cell => portfolioHeader.test(cell.trim())) && !headerCells.some(cell => fundingRoundHeader.test(cell.trim()))) return null;
	// "| 項目 | 内容 |": a list of an item's particulars ("| 名称 | 出雲工場 新棟 |"), no row of it a header of columns.
	const keyValue = headerCells.length === 2 && /^(?:内容|概要|詳細|詳細内容|説明)$/.test(headerCells[1]!.trim());
	let columns: readonly Column[] = [];
	const headerColumns = (cells: readonly string[]) => cells.reduce<Column[]>((list, cell) => [...list, columnOf(cell, list.at(-1), state)], []);
	if (hasHeader) columns = pairedColumns(headerColumns(headerCells), rows);
	const captionText = captions.map(caption => caption.normalized).join(' ');
	// A column's own unit ("1株当たり当期純利益（円 銭）") is that column's, never the table's.
	// The corner's is the whole table's ("| セグメント（純利益、億円） | 2026年4〜6月期 |").
	const headerUnitText = hasHeader ? headerCells.filter((_, index) => index === 0 || columns[index]?.type !== 'measure').join(' ') : first.normalized;
	// "| 億円 | 今上期 | 前年同期 |": a corner that is only a unit is the whole table's.
	const cornerWord = hasHeader && !cornerless ? (headerCells[0] ?? '').trim() : '';
	const unit = tableUnit(`${captionText} ${headerUnitText}`) ?? (/^[百千万億兆十]*(?:円|ドル|米ドル)$/.test(cornerWord) ? tableUnit(`（${cornerWord}）`) : null) ?? state.documentUnit;
	const caption = captions.at(-1);
	// The nearest caption's company ("…TSMCの米国預託証券…" over the paragraph on MediaTek before it); with none
	// named there, the headline's, over a company the text passed on the way.
	// "…Hubbleは当社の連結子会社となる予定です。本件に伴い、連結業績予想を以下のとおり修正いたします。": a caption in the
	// words of the company itself (当社) whose last sentence names nobody and speaks of the consolidated figures is that
	// company's, over a company before it.
	const ownConsolidated =
		caption && caption.mentions.length === 0 && /連結(?:業績|決算)/.test(caption.normalized) && captions.some(fact => fact.sentence.block === caption.sentence.block && /当社|弊社/.test(fact.normalized)) ? state.headline : null;
	const captionCompany =
		ownConsolidated ??
		captions
			.filter(fact => fact.sentence.block === caption?.sentence.block)
			.flatMap(fact => fact.mentions.map(mention => ({mention, fact})))
			// Not "LINEヤフーを含む「メディア・EC事業」": a company a caption's sentence only names as part of something else;
			// nor "…子会社になったネットワンシステムズの取り込みによるもの": one whose thing named is no result of its own.
			.find(({mention, fact}) => mention.role !== 'recipient' && mention.role !== 'object' && !(mention.role === 'possessor' && !ownResults.test(fact.normalized.slice(mention.end, mention.end + 24))))?.mention.company ??
		// "## 関電工（1942）" over "4月28日発表。連結業績は以下のとおり": the company the section is headed by.
		state.headingCompany?.company ??
		state.headline ??
		first.topicBefore?.company ??
		null;
	// "### AWSの四半期業績（単位：億ドル）": a heading that names one unit of one company, and nothing else, heads that unit's table.
	const headingNames = captions.filter(fact => fact.sentence.block === caption?.sentence.block && fact.sentence.blockKind === 'heading').flatMap(fact => fact.mentions);
	const knownUnit = headingNames[0]?.segment && headingNames.every(mention => mention.company === headingNames[0]!.company && mention.segment === headingNames[0]!.segment) ? headingNames[0] : undefined;
	// "## ご参考：半導体・電子材料セグメントの業績推移": so does one that names one segment of the caption's company by its word.
	const namedUnits = knownUnit ? [] : captions.filter(fact => fact.sentence.block === caption?.sentence.block && fact.sentence.blockKind === 'heading').flatMap(fact => findSegments(fact.normalized).filter(found => found.source === 'unit'));
	const headingUnit = knownUnit ?? (namedUnits.length === 1 && captionCompany !== null && headingNames.every(mention => mention.company === captionCompany) ? {company: captionCompany, segment: namedUnits[0]!.name} : undefined);
	// "（2月27日終値、単位：億ドル）": the close a table of levels (market values) is as of.
	const captionClose = [...captions]
		.reverse()
		.map(fact => fact.periods.find(period => period.raw.type === 'day' && /^\s?(?:の)?(?:終値|時点|現在)/.test(fact.normalized.slice(period.end, period.end + 4))))
		.find(period => period !== undefined)?.raw;
	// The nearest caption's period first: "【2027年6月期 連結業績予想】" over the prose paragraph before it.
	const captionPeriodMention = [...captions]
		.reverse()
		// Not "前期＝2025年6月期中間期、当期＝2026年6月期中間期": the labels a caption defines, and the earlier of the two periods.
		.map(fact =>
			fact.periods.find(
				period =>
					period.raw.type !== 'day' &&
					period.qualifier === null &&
					!comparisonBase(fact, period) &&
					!/^\s?[=:：]/.test(fact.normalized.slice(period.end, period.end + 2)) &&
					!/(?:前期|前年同期|前年)\s?[=:：]\s?(?:[^、,。()（）]{1,24}[(（])?$/.test(fact.normalized.slice(Math.max(0, period.start - 32), period.start)) &&
					// Not "前四半期（2026年1〜3月期）の2,480億円から": the earlier period a paragraph above compared with.
					!/(?:前四半期|前年同期|前期|前年|前年度)\s?[(（]\s?$/.test(fact.normalized.slice(Math.max(0, period.start - 8), period.start)) &&
					// Not "…が出そろった。…7〜9月期はそろって増収を見込んでおり": a period prose before the table expects something of.
					!(fact.sentence.blockKind !== 'heading' && /^[^。、,]{0,40}?(?:見込|見通|予想|予測|計画|目指)/.test(fact.normalized.slice(period.end))),
			),
		)
		.find(period => period !== undefined);
	// "## 連結経営成績（累計）" over rows of "2026年3月期 第3四半期": each row is the year to that quarter's end.
	// So is a 決算短信's summary, whose quarters are the year so far ("■決算短信サマリー", "| 2025年12月期第3四半期 |").
	const cumulativeTable = captions.some(fact => (fact.sentence.blockKind === 'heading' || (fact.normalized.length <= 80 && !/[。．]/.test(fact.normalized))) && /累計|決算短信/.test(fact.normalized));
	// "第2四半期（累計）" under "2027年6月期の連結業績予想": a part of the year the caption names.
	const captionYear = captionPeriodMention && (captionPeriodMention.raw.type === 'fiscal-year' || captionPeriodMention.raw.type === 'nendo') && captionPeriodMention.raw.part === 'Y' ? captionPeriodMention.raw : undefined;
	// "第2四半期（累計）" and "通期" rows under "2027年3月期の連結業績予想": parts of the caption's year.
	// "## 2026年6月期中間期の連結業績" over "| | 前期 | 当期 |": the columns are that half and the same half a year before.
	const captionPart = captionPeriodMention && (captionPeriodMention.raw.type === 'fiscal-year' || captionPeriodMention.raw.type === 'nendo') && captionPeriodMention.raw.part !== 'Y' ? captionPeriodMention.raw : undefined;
	const inCaptionYear = (written: RawPeriod | undefined): RawPeriod | undefined => {
		const raw = cumulativeTable && written ? yearToDate(written) : written;
		if (captionPart && raw?.type === 'relative' && !raw.calendar && (raw.offset === 0 || raw.offset === -1))
			return captionPart.type === 'fiscal-year' ? {...captionPart, endYear: captionPart.endYear + raw.offset} : captionPart.type === 'nendo' ? {...captionPart, year: captionPart.year + raw.offset} : raw;
		return captionYear && raw?.type === 'part' ? {...captionYear, part: raw.part} : captionYear && raw?.type === 'relative' && raw.reported ? {...captionYear, part: 'Y'} : raw;
	};
	// "米Gartnerの集計による…出荷台数シェア": a research firm's table, its periods calendar ones.
	// A table of shares in a research firm's report is the firm's, named in the prose before it ("MM総研は17日、…").
	const shareTable = hasHeader && headerCells.some(cell => /シェア|share/i.test(cell));
	// Not a firm of prose further up over a table of results under its own caption ("なお、IDC Japanによると…。■上期業績（百万円）").
	const firmCaptions = shareTable ? captions : captions.filter(fact => fact.sentence.block === caption?.sentence.block);
	const captionFirm = firmCaptions.flatMap(fact => fact.firms).at(-1)?.firm ?? (state.firm?.block !== undefined && (shareTable || firmCaptions.some(fact => fact.sentence.block === state.firm!.block)) ? state.firm.name : null);
	// "## DRAM売上高ランキング" over a research firm's table: its shares and sales are of that product; so are the shares told after it.
	// Not "### MM総研は「AWS 36.9%」": a company or its unit is no product.
	const captionProduct = captionFirm ? (captions.map(fact => productOfCaption(fact.normalized)).findLast(name => name !== null && state.matcher.find(name).length === 0) ?? null) : null;
	if (captionProduct) state.shareMarket = {block: first.sentence.block, name: captionProduct, sentence: null};
	// The nearest caption names the measure: "セグメント別売上収益" over the prose before it.
	// Only a heading or a line of its own: prose before a table ("決算は増収だった") names no column's measure.
	// So does a sentence that hands over to the table ("…の出荷台数シェアは以下の通り。").
	// "| セグメント（純利益、億円） | 2026年4〜6月期 |": the corner names it, nearer still, over columns of periods.
	const corner = hasHeader && !cornerless && columns.slice(1).some(column => column.type === 'period') ? (headerCells[0] ?? '') : '';
	const captionMeasure =
		(corner ? compoundMeasure(scanLexicon(corner), corner) : undefined) ??
		[...captions]
			.filter(fact => fact.sentence.blockKind === 'heading' || (fact.normalized.length <= 80 && !/[。．]/.test(fact.normalized)) || handsOver.test(fact.normalized))
			.reverse()
			.map(fact => compoundMeasure(fact.words, fact.normalized))
			.find(cue => cue !== undefined);
	// A table of forecasts says so in its heading or caption, not in the prose before it ("市場予想を上回った").
	const captionOutlook = captions.some(
		fact => (fact.sentence.blockKind === 'heading' || (fact.normalized.length <= 80 && !/[。．]$/.test(fact.normalized))) && outlookWords.test(fact.normalized.replace(/市場予想|アナリスト予想|予想平均/g, '')),
	);
	// "| 銘柄 | コード | 前日比 |", "| 順位 | 銘柄 | 終値 | 前日比 |": a table of the day's movers, its percentages their moves.
	const stockTable = hasHeader && headerCells.slice(0, 2).some(cell => /^(?:銘柄|銘柄名)$/.test(cell.trim()));
	// "| 2025年10〜12月期 | 売上収益 | 前年同期比 |" over "| 自動車向け | 1,730億円 | +9.2% |": a period in the corner over
	// columns of measures leaves the rows to name the businesses, when none of them names a company.
	const periodCorner =
		hasHeader &&
		columns[0]?.type === 'period' &&
		columns.slice(1).some(column => column.type === 'measure') &&
		columns.slice(1).every(column => column.type === 'measure' || column.type === 'growth' || column.type === 'other') &&
		rows.slice(1).every(row => {
			const label = cellsOf(row.normalized)[0];
			return label !== undefined && state.matcher.find(row.normalized.slice(label[0], label[1])).length === 0;
		});
	const segmentRows = (hasHeader && segmentHeader.test(headerCells[0] ?? '')) || breakdownCaption.test(caption?.normalized ?? '') || periodCorner;
	// "| イメージング&センシング・ソリューション（I&SS） | 25年4〜9月期 | 前年同期 |": a unit in the corner is what every row measures.
	const cornerNames = hasHeader && !cornerless ? state.matcher.find(headerCells[0] ?? '') : [];
	const cornerUnit = cornerNames.length > 0 && cornerNames.every(name => name.segment !== null && name.company === cornerNames[0]!.company && name.segment === cornerNames[0]!.segment) ? cornerNames[0] : undefined;
	return {
		first,
		headerCells,
		periodColumn,
		asOfColumn,
		hasHeader,
		keyValue,
		columns,
		headerColumns,
		unit,
		caption,
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
	};
}

export type TableFrame = NonNullable<ReturnType<typeof tableFrame>>;
