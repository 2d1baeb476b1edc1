import {addDays, dayNumber, quarterOf, seasonOf, type Day} from './calendar.js';
import {japaneseAmount, maybeFullWidth, withCommas, yenConversion} from './numbers.js';
import {lastQuarter, nameOf, otherThan, writeDay, writeMonth, writeQuarter, type Scene} from './scene.js';
import type {CompanyWorld, Deal} from './world.js';

/**
 * A sentence (or two) stating a figure or a dated event about `company`, in the phrasings of the
 * seed articles, with the world's values; null when the company has nothing of that kind to report.
 */
export type Fact = (scene: Scene, company: CompanyWorld) => string | null;

const direction = (from: number, to: number, up: string, down: string) => (to >= from ? up : down);
const abs = (value: number) => Math.abs(value);

const shareNow: Fact = (scene, company) => {
	const quarter = lastQuarter(scene);
	const name = nameOf(scene, company, {cloud: true});
	if (scene.random.chance(0.5)) return `${company.market}全体のシェアでは、${name}が依然として存在感を維持しており、約${company.share[quarter]}%のシェアを占めています。`;
	return `${writeQuarter(scene, quarter)}の${company.market}では、${name}が${maybeFullWidth(`${company.share[quarter]}%`, scene.random)}のシェアを占めています。`;
};

const shareTrend: Fact = (scene, company) => {
	const now = lastQuarter(scene);
	// A year back when there is one, a quarter back otherwise; a share that did not move is no story.
	const before = [now - 4, now - 1, now - 2].find(quarter => quarter >= 0 && company.share[quarter] !== company.share[now]);
	if (before === undefined) return null;
	const other = otherThan(scene, company);
	const [a, b, c, d] = [company.share[before]!, company.share[now]!, other.share[before]!, other.share[now]!];
	const name = nameOf(scene, company, {cloud: true});
	if (other !== company && scene.random.chance(0.5)) {
		const otherName = nameOf(scene, other, {cloud: true});
		return `しかし、直近では${name}のシェアが${direction(a, b, 'やや拡大傾向', '若干減少傾向')}にある（${a}%から${b}%程度）のに対し、${otherName}は${direction(c, d, '着実にシェアを拡大し', 'シェアを落とし')}、${c}%から${d}%へと${direction(c, d, '成長', '後退')}しています。`;
	}

	return `調査会社によると、${name}の${company.market}シェアは${writeQuarter(scene, before)}の${a}%から${writeQuarter(scene, now, true)}には${b}%へと${direction(a, b, '拡大', '縮小')}した。`;
};

/** A second research firm's figure: the kind of disagreement the conflicts list exists for. */
const shareDisputed: Fact = (scene, company) => {
	const quarter = lastQuarter(scene);
	const other = Math.max(0.5, company.share[quarter]! + scene.random.pick([-5, -4, -3, 3, 4, 5]));
	return `ただし別の調査会社は、${writeQuarter(scene, quarter)}の${nameOf(scene, company, {cloud: true})}のシェアを${other}%と推計している。`;
};

const growthNow: Fact = (scene, company) => {
	const quarter = lastQuarter(scene);
	const growth = company.growth[quarter]!;
	const other = otherThan(scene, company);
	const when = scene.random.chance(0.5) ? '直近の四半期' : writeQuarter(scene, quarter);
	const stock = scene.random.int(2, 12);
	return `${when}では${nameOf(scene, company, {cloud: true})}の収益が${abs(growth)}%${growth >= 0 ? '増加' : '減少'}し、AI関連投資が${nameOf(scene, other)}の株価を${stock}%押し上げました。`;
};

const growthCompared: Fact = (scene, company) => {
	const other = otherThan(scene, company);
	if (other === company) return null;
	const quarter = lastQuarter(scene);
	const [g, h] = [company.growth[quarter]!, other.growth[quarter]!];
	const signed = (value: number) => (value < 0 ? `マイナス${abs(value)}` : String(value));
	return `${nameOf(scene, company, {cloud: true})}の収益増加率${signed(g)}%は、${nameOf(scene, other, {cloud: true})}の${signed(h)}%を大きく${direction(h, g, '上回っており', '下回っており')}、両社のギャップは${direction(h, g, '急速に縮まっています', '広がりつつあります')}。`;
};

const results: Fact = (scene, company) => {
	const quarter = lastQuarter(scene);
	const growth = company.growth[quarter]!;
	const name = nameOf(scene, company);
	if (scene.random.chance(0.5)) {
		return `今回発表された${writeQuarter(scene, quarter)}の決算報告によると、${name}の収益成長率は${growth}%となり、ここ${scene.random.int(4, 13)}四半期の中で${growth > company.growth[Math.max(0, quarter - 1)]! ? '最高' : '低め'}の数値となりました。`;
	}

	return `${name}の${writeQuarter(scene, quarter)}の売上高は${withCommas(company.revenueOku[quarter]!)}億ドルで、前年同期比${abs(growth)}%${growth >= 0 ? '増' : '減'}となった。`;
};

const stockMove: Fact = (scene, company) => {
	const day = addDays(scene.published, -scene.random.int(0, 45));
	const move = Math.round(scene.random.float(0.5, 12) * 10) / 10;
	const up = scene.random.chance(0.55);
	const name = nameOf(scene, company);
	if (scene.random.chance(0.5)) return `${writeDay(scene, day)}、${name}の株価が${move}%${up ? '上昇し、上場来高値を更新した' : '下落し、市場の警戒感が広がった'}。`;
	return `${name}株は${writeDay(scene, day)}の取引で一時${move}%${up ? '高' : '安'}となった。`;
};

/** The company's deal of `kind` most recently before publication, if it is recent news. */
function recentDeal(scene: Scene, company: CompanyWorld, kind: Deal['kind']): Deal | null {
	const published = dayNumber(scene.published);
	const deals = company.deals.filter(deal => deal.kind === kind && dayNumber(deal.day) <= published && published - dayNumber(deal.day) <= 120);
	return deals.at(-1) ?? null;
}

const dollars = (oku: number) => `${japaneseAmount(oku)}ドル`;

const investment: Fact = (scene, company) => {
	const deal = recentDeal(scene, company, 'investment');
	if (!deal) return null;
	const partner = scene.world.companies[deal.partner]!;
	const [name, partnerName] = [nameOf(scene, company), nameOf(scene, partner)];
	const yen = yenConversion(deal.usdOku, scene.random);
	const roll = scene.random.next();
	if (roll < 0.4) return `${name}は${writeDay(scene, deal.day)}、${partnerName}に${dollars(deal.usdOku)}（${yen}）を投資すると発表した。`;
	if (roll < 0.7)
		return `${name}はAI分野に積極的な投資を続けている。同社は${writeMonth(scene, deal.day)}、${partnerName}に${dollars(deal.usdOku)}（${yen}）を投資し、${partnerName}のAIモデルのトレーニングに自社のインフラを活用させています。`;
	return `${name}は、生成AIスタートアップの${partnerName}に対して${dollars(deal.usdOku)}（${yen}）の投資を${writeDay(scene, deal.day)}に発表し、エコシステム全体の強化を図っています。`;
};

const capex: Fact = (scene, company) => {
	const year = scene.published.year + (scene.published.month >= 10 ? 1 : 0);
	const oku = company.revenueOku[lastQuarter(scene)]! * scene.random.int(1, 3);
	if (scene.random.chance(0.5)) {
		return `${nameOf(scene, company)}は${year}年にはAI関連の設備投資を${withCommas(oku)}億ドル超に拡大する計画も示しており、長期的な視点でのAIインフラ構築にコミットしています。`;
	}

	return `${nameOf(scene, company)}は日本国内においても、AIおよびクラウド基盤強化のために2年間で約${japaneseAmount(oku * 15)}円（${withCommas(oku / 10)}億ドル）の投資を発表し、地域ごとのインフラ整備にも注力しています。`;
};

const fundingReceived: Fact = (scene, company) => {
	if (!company.backing) return null;
	const {backer, since, cumulativeOku} = company.backing;
	const total = withCommas(cumulativeOku[lastQuarter(scene)]!);
	return `${nameOf(scene, company)}は${since}年以降、${nameOf(scene, scene.world.companies[backer]!)}から累計${total}億ドルを超える資金提供を受けてきた。`;
};

const contract: Fact = (scene, company) => {
	const deal = recentDeal(scene, company, 'contract');
	if (!deal) return null;
	const partner = scene.world.companies[deal.partner]!;
	const [name, partnerName] = [nameOf(scene, company), nameOf(scene, partner, {cloud: true})];
	const yen = yenConversion(deal.usdOku, scene.random);
	const roll = scene.random.next();
	if (roll < 0.35) return `米${name}が${writeDay(scene, deal.day)}、${partnerName}と総額${dollars(deal.usdOku)}(${yen})におよぶ長期的な提携契約を締結したと発表したのだ。`;
	if (roll < 0.65) return `${writeMonth(scene, deal.day)}、${name}と${partnerName}は、${dollars(deal.usdOku)}の長期クラウド契約を締結した。`;
	return `${name}が${partnerName}と${dollars(deal.usdOku)}(${yen})の契約を結んだと、${writeDay(scene, deal.day)}に大手メディアが報じている。`;
};

const customers: Fact = (scene, company) => {
	const quarter = lastQuarter(scene);
	const count = withCommas(company.customers[quarter]!);
	const name = nameOf(scene, company);
	const roll = scene.random.next();
	if (roll < 0.4) return `現在、${name}のAIサービスの顧客数は${count}社に達しており、その成長は加速しています。`;
	if (roll < 0.75) return `${name}の法人顧客は${writeMonth(scene, addDays(scene.published, -scene.random.int(5, 60)))}時点で${count}社を超えた。`;
	const {year, quarter: number} = quarterOf(quarter);
	return `${name}の生成AI基盤の導入企業は${year}年第${number}四半期末に約${count}社となった。`;
};

const launch: Fact = (scene, company) => {
	const published = dayNumber(scene.published);
	const recent = company.launches.filter(item => dayNumber(item.day) <= published).at(-1);
	if (!recent) return null;
	const name = nameOf(scene, company);
	const roll = scene.random.next();
	if (roll < 0.35) return `${name}は${recent.day.year}年${seasonOf(recent.day)}に、次世代モデル「${recent.product}」を発表。`;
	if (roll < 0.7 && published - dayNumber(recent.day) <= 150) {
		return `実際、${name}は${recent.day.month}月に自社開発のAIプラットフォーム『${recent.product}』を発表し、クラウド上でのAIエージェント構築・運用をワンストップで提供できる体制を整えたばかりです。`;
	}

	return `${name}は${writeDay(scene, recent.day)}、AI向けの新たなデータセンターを稼働させ、「${recent.product}」の提供を開始した。`;
};

/**
 * A news outlet's headline about `company` and the day it ran, as 002's bullets quote them
 * ("BBC(2025年11月2日)は、「オープンAI、AWSと380億ドルのクラウド契約を締結」と報じた。").
 */
export function newsHeadlineOf(scene: Scene, company: CompanyWorld): {headline: string; day: Day} {
	const deal = recentDeal(scene, company, 'contract') ?? recentDeal(scene, company, 'investment');
	if (deal && scene.random.chance(0.6)) {
		const partner = nameOf(scene, scene.world.companies[deal.partner]!, {cloud: true});
		const what = deal.kind === 'contract' ? `${partner}と${dollars(deal.usdOku)}のクラウド契約を締結` : `${partner}に${dollars(deal.usdOku)}を出資`;
		// Deals are news the day they are announced or the day after, but not after the article.
		const day = dayNumber(deal.day) < dayNumber(scene.published) ? addDays(deal.day, scene.random.int(0, 1)) : deal.day;
		return {headline: `${nameOf(scene, company)}、${what}`, day};
	}

	const move = Math.round(scene.random.float(0.5, 9) * 10) / 10;
	return {headline: `${nameOf(scene, company)}株が${move}%${scene.random.chance(0.6) ? '上昇' : '下落'}`, day: addDays(scene.published, -scene.random.int(0, 3))};
}

/** Facts and how often each is drawn. */
export const facts: ReadonlyArray<readonly [Fact, number]> = [
	[shareNow, 2],
	[shareTrend, 3],
	[shareDisputed, 0.3],
	[growthNow, 2],
	[growthCompared, 1.5],
	[results, 2],
	[stockMove, 2],
	[investment, 2],
	[capex, 1],
	[fundingReceived, 0.7],
	[contract, 2],
	[customers, 2],
	[launch, 2],
];
