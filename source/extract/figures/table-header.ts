import type {FigureUnit} from '../../dataset/schema.js';
import {findQuantities, parseJapaneseNumber, type Quantity} from '../amounts.js';
import type {SentenceFacts} from '../analysis.js';
import type {CompanyMention} from '../companies.js';
import type {Comparison, MeasureCue} from '../lexicon-entry.js';
import {scanFirms, scanLexicon} from '../lexicon.js';
import {findPeriods} from '../period-mentions.js';
import type {RawPeriod} from '../periods.js';
import {findSegments, isPlace, notLines} from '../segments.js';
import {cellsOf} from '../tables.js';
import type {ReadingState} from './types.js';

// What a table's header cells and row labels say of its numbers: each column's company, period, measure or
// changes, each row's measure, company, segment or revision, and the unit of its bare numbers.

export interface TableUnit {
	readonly scale: number;
	readonly unit: FigureUnit;
}

export type Column =
	/** `outlook`: the company's plan or forecast ("東京エレクトロン（会社計画）"). */
	/** `period`: the months its bracket names ("| アーム（4〜6月期） |"), companies' fiscal years differing. */
	| {readonly type: 'company'; readonly company: string; readonly segment: string | null; readonly outlook: boolean; readonly period?: RawPeriod}
	/** Analysts' numbers ("市場予想（QUICK）", "コンセンサス"): nobody's figures, left out. */
	| {readonly type: 'consensus'}
	/** `outlook`: the header says the column is a forecast ("2026年10～12月期 見通し"). */
	/** `firm`: a research firm's column of an earlier period ("MM総研（2024年）"). */
	| {readonly type: 'period'; readonly raw: RawPeriod; readonly text: string; readonly outlook: boolean; readonly firm?: string}
	| {readonly type: 'prior'; readonly text: string; readonly earlier: 'year' | 'quarter'}
	/** `amounts`: the header names a difference ("増減", "前年差"), its bare numbers in the rows' own units. */
	/** `sincePeriod`: "前期比" says only "on the period before": the quarter before in a table of quarters. */
	/** `period`: the header dates the change ("12月売上高（前年同月比）"). */
	| {readonly type: 'growth'; readonly comparison: Comparison; readonly of: MeasureCue | null; readonly amounts?: boolean; readonly sincePeriod?: boolean; readonly period?: RawPeriod; readonly years?: number}
	/** `period`, `earlier`: the header dates its measure ("7〜9月期のシェア", "前四半期のシェア"). */
	| {readonly type: 'measure'; readonly cue: MeasureCue; readonly text: string; readonly unit: TableUnit | null; readonly period: RawPeriod | null; readonly earlier: 'quarter' | 'year' | null}
	/** `outlook`: a column of plans with no period of its own ("今年度の計画"); `firm`: a research firm's column. */
	| {readonly type: 'other'; readonly outlook?: boolean; readonly firm?: string};

const unitWords: ReadonlyArray<readonly [RegExp, number, FigureUnit]> = [
	[/兆円/, 1e12, 'JPY'],
	[/億円/, 1e8, 'JPY'],
	[/百万円/, 1e6, 'JPY'],
	[/千円/, 1e3, 'JPY'],
	[/万円/, 1e4, 'JPY'],
	[/億ドル/, 1e8, 'USD'],
	[/十億ドル|billion dollars|\$\s?billions?|USD billions?/i, 1e9, 'USD'],
	[/百万ドル|million dollars|\$\s?millions?|USD millions?/i, 1e6, 'USD'],
	[/千ドル/, 1e3, 'USD'],
	[/円/, 1, 'JPY'],
	[/ドル/, 1, 'USD'],
];

/** "（単位：億ドル）", "(百万円)", "単位:百万円", "売上高（百万円）": the unit of a table's or a column's bare numbers. */
export function tableUnit(text: string): TableUnit | null {
	// "（単位：億ドル、ガートナー調べ）" over columns of "シェア（%）": the amounts' unit, declared, comes first.
	const declaredUnit = /単位\s?[:：]\s?([^)）、,\s|]{1,8})/.exec(text)?.[1];
	// "自己資本当期純利益率（%）": a column of rates, never of the table's amounts.
	// "（IDC Japan推計、単位：%）": a table of shares or rates declared so.
	if (declaredUnit ? /^[%％]$/.test(declaredUnit) : /[(（]\s?[%％]\s?[)）]/.test(text)) return {scale: 1, unit: '%'};
	// "時価総額（2025年12月末、億ドル）": the unit may share its bracket with a date.
	const declared = /単位\s?[:：]?\s?([^)）、,\s|]{1,8})|[(（、,]\s?([百千万億兆十]*(?:円|ドル)(?:\s?銭)?)\s?[)）]/.exec(text);
	const word = (declaredUnit ?? declared?.[1] ?? declared?.[2])?.replace(/(?:米|US\s?)ドル/g, 'ドル');
	// "百万台湾ドル", "億ウォン": a currency this list does not hold is no unit, rather than dollars one by one.
	if (!word || /台湾|香港|豪|カナダ|シンガポール|ユーロ|ウォン|元|ポンド|ルピー/.test(word)) return null;
	for (const [pattern, scale, unit] of unitWords) if (pattern.test(word)) return scale === 1 && /[十百千万億兆]/.test(word) ? null : {scale, unit};
	return null;
}
// "前年からの増減", "前四半期からの変化": a column of changes named by what they are measured from.
const growthHeader =
	/^(?:%|％|増減率|前年比|前年度比|前年同期比|前年同月比|前年同四半期比|伸び率|増加率|成長率|YoY|増減|増減額|増減幅|差額|前期比|前四半期比|対前年.*)$|増減率|前年同(?:期|月|四半期)比|前年度?比|^(?:前年|前期|前年同期|前四半期|前年度)(?:から|比)?の?(?:増減|変化|差)(?:幅)?$|^(?:[2-9]|1\d)\s?年(?:間)?(?:の)?(?:売上高?の?)?(?:増加率|成長率|伸び率|増収率)$/;
// "増減", "増減額", "前年差": a difference in the rows' own units (yen beside yen), not a rate, unless a cell says %.
export const differenceLabel = (text: string) => {
	const bare = text.replace(/[(（][^()（）]*[)）]/g, '').trim();
	return /(?:増減|増減額|増減幅|差|差額|差異)$/.test(bare) && !/率|[%％]|比/.test(text);
};
// "2026.03予": 株探 marks a forecast's row with 予 after its year.
export const outlookWords = /予想|見通し|計画|目標|ガイダンス|予測|見込|\d予$/;
const consensusHeader = /市場予想|コンセンサス|アナリスト予想|予想平均|consensus/i;
// "| (4.1) |": accounts write a loss in brackets.
export const bracketedLoss = /^\s?[(（]\s?(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?[)）]\s?$/;
export const bareNumber = /^\s?(?<sign>[+\-−▲△])?\s?(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?<percent>%)?\s?$/;
// Not "事業者": the companies of a market.
export const segmentHeader = /^(?:セグメント|事業(?!者)|部門|分野|事業区分|製品区分|区分)/;

// "前年同期", "前期", and a 決算短信's "前中間期", "前第3四半期": the same part of the year before.
const yearEarlier = /前年同期|前年|前期|前中間期|前上期|前第[1-4１-４]四半期/;

export function columnOf(cell: string, left: Column | undefined, state: ReadingState): Column {
	const trimmed = cell.trim();
	if (consensusHeader.test(trimmed)) return {type: 'consensus'};
	if (growthHeader.test(trimmed)) {
		const period = findPeriods(trimmed).find(mention => mention.qualifier === null && mention.raw.type !== 'day' && mention.raw.type !== 'relative')?.raw;
		const sincePeriod = /^前期比(?:増減率)?(?:[(（]%[)）])?$/.test(trimmed);
		// "| 3年増加率 |": a change over several years is no year's growth.
		const years = /(?<![\d.])([2-9]|1\d)\s?年(?:間)?(?:の)?(?:売上高?の?)?(?:増加率|成長率|伸び率|増収率|増減率)/.exec(trimmed)?.[1];
		return {
			type: 'growth',
			comparison: /四半期/.test(trimmed) ? 'quarter' : 'year',
			of: left?.type === 'measure' ? left.cue : null,
			amounts: differenceLabel(trimmed),
			sincePeriod,
			...(period ? {period} : {}),
			...(years ? {years: Number(years)} : {}),
		};
	}
	// "| 事業者 | Synergy Research Group | IDC Japan |": each research firm's estimates in a column of their own.
	const firmHit = scanFirms(trimmed).find(hit => hit.start === 0);
	// "| Yole Group |", "| Counterpoint Research |": the firm's word with the group or research it names itself by.
	if (firmHit && (firmHit.end === trimmed.length || /^\s?(?:Group|Research(?: Group)?|グループ|リサーチ)$/i.test(trimmed.slice(firmHit.end)))) return {type: 'other', firm: firmHit.entry.firm};
	// "| MM総研 | MM総研（2024年） |": the same firm's count of the year before.
	const firmYear = firmHit ? /^\s?[(（](?<inner>[^()（）]{2,20})[)）]$/.exec(trimmed.slice(firmHit.end))?.groups!['inner'] : undefined;
	const firmPeriod = firmYear ? findPeriods(firmYear).find(mention => mention.qualifier === null && mention.raw.type !== 'day') : undefined;
	if (firmHit && firmPeriod) return {type: 'period', raw: firmPeriod.raw, text: firmPeriod.text, outlook: false, firm: firmHit.entry.firm};
	const company = state.matcher.find(trimmed)[0];
	if (company) {
		const period = findPeriods(trimmed.slice(company.end)).find(mention => mention.qualifier === null && mention.raw.type !== 'day' && mention.raw.type !== 'relative')?.raw;
		return {type: 'company', company: company.company, segment: company.segment, outlook: outlookWords.test(trimmed) && !/実績/.test(trimmed), ...(period ? {period} : {})};
	}
	// "出荷金額シェア": the last measure word of a compound is what the column holds; of "セグメント利益又は損失", the first.
	// "セグメント利益（△は損失）": a note on how a loss is written names no measure of its own.
	const named = trimmed.replace(/[(（]\s?[△▲\-−]\s?は[^()（）]{1,8}[)）]/g, '');
	const measures = scanLexicon(named).filter(hit => hit.entry.measure);
	const alternative = measures.length >= 2 && /^\s?(?:又は|または|もしくは|・|\/)\s?$/.test(named.slice(measures.at(-2)!.end, measures.at(-1)!.start));
	const measure = (alternative ? measures[0] : measures.at(-1))?.entry.measure;
	if (measure) {
		const period = findPeriods(trimmed).find(mention => mention.qualifier === null && mention.raw.type !== 'day')?.raw ?? null;
		const earlier = /比/.test(trimmed) ? null : /前四半期/.test(trimmed) ? 'quarter' : yearEarlier.test(trimmed) ? 'year' : null;
		return {type: 'measure', cue: measure, text: trimmed, unit: tableUnit(trimmed), period, earlier};
	}
	if (yearEarlier.test(trimmed) && !/比/.test(trimmed) && findPeriods(trimmed).length === 0) return {type: 'prior', text: trimmed, earlier: 'year'};
	// "| 2027年度第1四半期 | 前四半期 | 前年同期 |": the quarter before the one reported.
	if (/^(?:前四半期|直前四半期)(?:実績)?$/.test(trimmed)) return {type: 'prior', text: trimmed, earlier: 'quarter'};
	// "当期（2025年6〜11月）": the months in the bracket say which part of the year the column is, as in a row's label.
	const periods = findPeriods(trimmed);
	const period = periods.find(mention => mention.raw.type === 'months' && mention.raw.fromYear !== null && mention.qualifier === null) ?? periods[0];
	// "| 26年3月期見通し | 8月時点の見通し |": a forecast as it stood in a month is of the year the forecast beside it is of.
	if (period?.asOf && outlookWords.test(trimmed) && left?.type === 'period' && left.outlook) return {...left, text: trimmed};
	// "| 前回予想（5月公表） | 今回予想 |": the month a forecast was put out in is no period of its figures.
	if (period && period.raw.type === 'month' && outlookWords.test(trimmed) && /^\s?(?:公表|発表|開示|時点)/.test(trimmed.slice(period.end, period.end + 3))) return {type: 'other', outlook: true};
	if (period) return {type: 'period', raw: period.raw, text: period.text, outlook: outlookWords.test(trimmed) && !/実績/.test(trimmed)};
	return {type: 'other', outlook: outlookWords.test(trimmed) && !/実績/.test(trimmed)};
}

/** A cell's number: a quantity with its unit, or a bare number in the table's unit. */
export function cellValue(cell: string, unit: TableUnit | null): Quantity | null {
	const written = findQuantities(cell).find(quantity => quantity.ignore === null);
	// "| 8%減 | 19%減 |": a change written with its direction after it, as tables of changes do.
	if (written && written.value > 0 && /^\s?(?:減|減少|低下|下落|悪化|安)$/.test(cell.slice(written.end))) return {...written, value: -written.value, signed: true};
	// "| 10億5,500万ドルの赤字 |", "| 赤字3億円 |": a loss.
	if (written && written.value > 0 && (/^\s?(?:の)?赤字$/.test(cell.slice(written.end)) || /^\s?赤字\s?$/.test(cell.slice(0, written.start)))) return {...written, value: -written.value, signed: true};
	// "| X（旧ツイッター）と経営統合。xAIを800億ドル、Xを330億ドルと評価 |": a cell of prose tells, it holds no value of its column.
	if (written && proseCell(cell, written)) return null;
	if (written) return written;
	const bracketed = bracketedLoss.exec(cell)?.groups!['number'];
	if (bracketed && !/^(?:19|20)\d{2}$/.test(bracketed)) return cellValue(`-${bracketed}`, unit);
	const bare = bareNumber.exec(cell);
	if (!bare) return null;
	const negative = /[-−▲△]/.test(bare.groups!['sign'] ?? '');
	const number = parseJapaneseNumber(bare.groups!['number']!);
	const percent = bare.groups!['percent'] !== undefined;
	if (!percent && !unit) return null;
	const value = Number(((negative ? -1 : 1) * number * (percent ? 1 : unit!.scale)).toPrecision(12));
	return {start: 0, end: cell.length, text: cell.trim(), value, unit: percent ? '%' : unit!.unit, qualifier: 'exact', range: null, converted: null, counter: null, signed: bare.groups!['sign'] !== undefined, ignore: null, multiple: false};
}

function proseCell(cell: string, written: Quantity): boolean {
	// What brackets say of the value ("（2026年から2028年までの累計）") is no prose around it.
	const rest = (cell.slice(0, written.start) + cell.slice(written.end)).replace(/[(（][^()（）]*[)）]/g, '');
	return /。/.test(cell) || (rest.match(/\p{Script=Hiragana}/gu)?.length ?? 0) >= 5;
}

export const changeInBrackets = /^\s*(?<value>[^（()]+?)\s*[（(]\s*(?<change>[△▲+\-−]?\s?\d+(?:\.\d+)?)\s?%\s*[）)]\s*$/;

/** What a row's first cell says of the row's numbers. */
export interface RowLabel {
	readonly measure: MeasureCue | undefined;
	readonly comparison: Comparison | null;
	readonly company: {readonly company: string; readonly segment: string | null} | undefined;
	readonly segment: {readonly name: string; readonly aliases: readonly string[]} | undefined;
	readonly period: RawPeriod | undefined;
	readonly periodText: string;
	readonly prior: boolean;
	readonly outlook: boolean;
	/** "前回発表予想（A）": a forecast the table replaces; its period is the same. */
	readonly superseded: boolean;
	/** "増減額（B－A）", "増減率（%）" under forecasts: the revision, not a change on a year before. */
	readonly revision: boolean;
	/** "次四半期の売上高見通し": the quarter after the one the table reports. */
	readonly nextQuarter: boolean;
}

// "旧 2026.03予", "26.03予(旧)": 株探's row of the forecast the new one replaces.
const supersededLabel = /前回(?:発表)?予想|従来予想|修正前|前回公表|^\s?旧\s?(?=\d)|予\s?[(（]旧[)）]/;
const revisionLabel = /[(（]\s?B\s?[－\-−ー/÷]\s?A\s?[)）]|前回予想比|修正額|修正率/;

export const companiesTotal = /^(?:上位|主要|大手)?(?:\d{1,2}|[二三四五六七八九十])社(?:の)?(?:合計|合算|総計|計)$/;
export const totalLabel = /^(?:合計|総合計|総計|計|連結|連結合計|全社|全社合計|売上高合計|Total|total|TOTAL)$/;
// "調整額", "全社・消去": amounts that reconcile the segments to the total, neither a segment nor the company.
export const reconcilingLabel = /^(?:調整額|調整|消去|全社・消去|消去又は全社|セグメント間消去|全社費用|その他・調整|調整・消去)$/;

/**
 * "| Amazon（AWS） |", "| Microsoft（Intelligent Cloud） |": a company with the segment a comparison row is of in
 * brackets after it.
 */
function companyOfLabel(label: string, state: ReadingState): CompanyMention | undefined {
	const [first, ...rest] = state.matcher.find(label);
	if (!first || first.segment) return first;
	// "| Intelligent Cloud（マイクロソフト） |": the segment first, its company in brackets after it.
	const before = /^\s?(?<name>[A-Za-zァ-ヶー][^()（）|]{1,29}?)\s?[(（]\s?$/.exec(label.slice(0, first.start))?.groups!['name'];
	if (before && /^\s?[)）]\s?$/.test(label.slice(first.end)) && scanLexicon(before).every(hit => !hit.entry.measure)) return {...first, segment: before.trim()};
	const bracket = /^\s?[(（](?<inner>[^()（）]{2,30})[)）]\s?$/.exec(label.slice(first.end))?.groups!['inner']?.trim();
	// "| キオクシアHD（285A） |", "（東証プライム：6857）": the company's securities code, no part of it.
	if (!bracket || /^[\d\s.,%]+$|^\d{3}[0-9A-Z]$|^(?:東証|TSE|証券コード|コード)[^()（）]{0,12}\d{3}[0-9A-Z]$/.test(bracket)) return first;
	// "| 広達電脳（クアンタ） |": a name in Chinese characters glossed in katakana is read out, not split into a segment.
	if (/^[\p{Script=Han}]+$/u.test(label.slice(first.start, first.end)) && /^[ァ-ヶー・\s]+$/u.test(bracket)) return first;
	// "| サムスンディスプレー（韓国） |", "| 天馬微電子（Tianma、中国） |": where the company is from, and its name in letters.
	if (bracket.split(/[、,]\s?/).every(part => isPlace(part) || /^[A-Za-z][A-Za-z0-9&.\- ]*$/.test(part)) && bracket.split(/[、,]\s?/).some(part => isPlace(part))) return first;
	const named = rest.find(mention => mention.start > first.end);
	if (named) return named.company === first.company && named.segment ? named : first;
	return {...first, segment: bracket};
}

/**
 * "| 電子デバイス 売上高 |", "| ロイヤルティー収入 |": the line of business a row names before its measure. Only a name a
 * business has (katakana, letters, or what a maker sells), never a company, a period or a word of the whole.
 */
function measuredLine(label: string, measureStart: number, state: ReadingState): {readonly name: string; readonly aliases: readonly string[]} | undefined {
	const name = label
		.slice(0, measureStart)
		.trim()
		.replace(/\s?の$/, '');
	if (!/^[\p{Script=Han}ァ-ヶーA-Za-z・&]{2,20}$/u.test(name) || totalLabel.test(name) || notLines.test(name) || state.matcher.find(name).length > 0 || findPeriods(name).length > 0) return undefined;
	if (/^(?:連結|単体|全社|会社|当社|同社|グループ|前期|今期|当期|通期|前年|調整後|実質|四半期|累計|合計|総|純|営業|経常|税引前|税引き前|親会社|非GAAP|GAAP|うち)/.test(name)) return undefined;
	const lineLike = /^[ァ-ヶーA-Za-z][ァ-ヶーA-Za-z・&]{1,19}$/.test(name) || /(?:製品|部品|装置|機器|事業|部門|デバイス|材料|ソリューション|サービス|システム|セグメント)$/.test(name);
	return lineLike ? {name: name.replace(/(?<=.{2})(?:事業部門|事業|部門|セグメント)$/u, ''), aliases: []} : undefined;
}

/** "うちストレージ" is ストレージ; "ISG（インフラストラクチャー・ソリューションズ・グループ）" is ISG, the bracket its other name. */
function segmentLabel(label: string): {readonly name: string; readonly aliases: readonly string[]} {
	const bare = label.trim().replace(/^うち\s?/, '');
	const glossed = /^(?<name>[^()（）]{2,})\s?[(（](?<other>[^()（）]{2,40})[)）]$/.exec(bare);
	return glossed ? {name: glossed.groups!['name']!.trim(), aliases: [glossed.groups!['other']!.trim()]} : {name: bare, aliases: []};
}

/** A row's label as a part of the row above: a segment, or nothing when it names more than a part. */
export function partLabel(label: RowLabel, text: string): RowLabel | null {
	if (label.measure || label.period || label.company || label.comparison !== null || label.outlook || label.revision || totalLabel.test(text.trim())) return null;
	const segment = label.segment ?? segmentLabel(text);
	return segment.name.length >= 2 ? {...label, segment} : null;
}

export function labelOf(label: string, segmentRows: boolean, state: ReadingState): RowLabel {
	const words = scanLexicon(label);
	// "前年同期（前期）比": a comparison's other name is no period; "売上高（4〜9月期）" is one.
	// "対前年同期増減率": what a row of changes is compared with is not its period.
	// "当期（2025年4〜12月）": the months in the bracket say which part of the year the row is.
	// "25.03", "26.03予(旧)", "連 25.03", "26.3期": 株探 writes a row's fiscal year with two digits, as it does its months
	// ("25.04-09"), after 連 (consolidated) or 単 (the parent alone).
	const periods = findPeriods(
		label
			.replace(/^\s?(?:[連単]\s?)?(\d{2})\.(0?[1-9]|1[0-2])期/, '20$1年$2月期')
			.replace(/^\s?(?:[連単]\s?)?(\d{2})\.(0[1-9]|1[0-2])(?=\s?(?:予|[(（]|$))/, '20$1.$2')
			.replace(/[(（](?:前期|前年|前年度|前年同期)[)）]/g, '')
			.replace(/対?(?:前年同期|前年度|前年|前期|前四半期)(?=比|増減|伸び)/g, ''),
	).filter(mention => mention.qualifier === null);
	// "上期 24.04-09": the months with their year say which half it is.
	const period = periods.find(mention => mention.raw.type === 'months' && mention.raw.fromYear !== null) ?? periods.find(mention => mention.raw.type !== 'relative') ?? periods[0];
	const measureHit = words.find(hit => hit.entry.measure);
	const measure = measureHit?.entry.measure;
	const unit = findSegments(label).find(segment => segment.source === 'unit');
	// "合計", "連結": a segment table's last row is the company's total, not a segment of it.
	const total = totalLabel.test(label.trim());
	// "前回発表予想", "今回修正予想": rows of a revision, whatever table they are in, are nobody's segment.
	const forecastRow = outlookWords.test(label) || supersededLabel.test(label) || revisionLabel.test(label);
	// "前年同期（前期）比": the bracket gives another name for the same comparison.
	const comparison = words.find(hit => hit.entry.comparison)?.entry.comparison ?? (growthHeader.test(label.replace(/[(（][^()（）]*[)）]/g, '')) ? 'year' : null);
	// "増減率": a row of changes is no segment.
	const segment = unit ? {name: unit.name, aliases: unit.aliases} : segmentRows && !measure && !period && !total && !forecastRow && comparison === null && label.trim().length >= 2 ? segmentLabel(label) : undefined;
	return {
		measure,
		comparison,
		company: companyOfLabel(label, state),
		segment: measure ? measuredLine(label, measureHit!.start, state) : segment,
		period: period?.raw,
		periodText: period?.text ?? '',
		// "（ご参考）前期第2四半期累計実績": the part named is the year before's.
		prior: yearEarlier.test(label) && !/比|増減|伸び/.test(label) && (!period || /前期(?=第[1-4１-４]四半期|上期|下期|中間期)/.test(label)),
		outlook: outlookWords.test(label),
		superseded: supersededLabel.test(label),
		revision: revisionLabel.test(label),
		nextQuarter: /(?:次|来|翌)(?:の)?四半期/.test(label),
	};
}

/**
 * "| | 売上高 | | 営業利益 | |" over rows of "| 2027年3月期中間期 | 24,860 | 18.4 | 3,120 | 52.2 |": each measure's
 * header spans its amount and its change in %, the empty header cells lost when the row was read. Rows twice as
 * wide as the header (and their label) are read as such pairs; a header that fits its rows no other way reads none.
 */
export function pairedColumns(columns: readonly Column[], rows: readonly SentenceFacts[]): Column[] {
	const widths = rows.slice(1).map(row => cellsOf(row.normalized).length);
	const widest = Math.max(0, ...widths);
	if (widest - columns.length <= 1) return [...columns];
	const measures = columns.filter(column => column.type === 'measure');
	if (measures.length === columns.length && widest === measures.length * 2 + 1) return [{type: 'other'}, ...measures.flatMap(column => [column, {type: 'growth', comparison: 'year', of: column.cue} as const])];
	// "| | 百万円 | % | 百万円 | % | 円 銭 |" under the measures: the row of units says which of them have a % beside them.
	const units = rows[1] ? cellsOf(rows[1].normalized).map(([start, end]) => rows[1]!.normalized.slice(start, end).trim()) : [];
	if (measures.length !== columns.length || units.length === 0 || !units.every(cell => cell === '' || unitCell.test(cell))) return [];
	const written = units.filter(cell => cell !== '');
	const paired: Column[] = [{type: 'other'}];
	let at = 0;
	for (const column of measures) {
		if (written[at] === undefined || /^[%％]$/.test(written[at]!)) return [];
		paired.push(column);
		at++;
		if (/^[%％]$/.test(written[at] ?? '')) {
			paired.push({type: 'growth', comparison: 'year', of: column.cue});
			at++;
		}
	}

	return at === written.length && paired.length === widest ? paired : [];
}

const unitCell = /^(?:[百千万億兆]*(?:円|ドル)(?:\s?銭)?|[%％])$/;
