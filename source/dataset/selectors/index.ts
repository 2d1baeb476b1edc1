// The view-models every renderer shares: the TUI panes and the plain/JSON printers derive from these.
export {compareDates} from './dates.js';
export {indexDataset, type DatasetIndex} from './dataset-index.js';
export {figureTitle, selectFigures, type CompanyReference, type FigureView, type SegmentReference, type SourceReference} from './figures.js';
export {eventKindName, figureKindName} from './kinds.js';
export {formatQualifiedValue, formatValue, type Qualifier} from './format-value.js';
export {monthText, periodSpan, type PeriodSpan} from './periods.js';
export {normalizeName} from './names.js';
export {companyNames, findCompany, resolveCompanies, suggestCompanies, unknownCompanyMessage, type CompanyResolution, type UnknownCompany} from './resolve-company.js';
export {headlineSeries, primarySeries, selectSeries, type Direction, type Series} from './series.js';
export {filterCompanyRows, rewatchCompanyRows, selectCompanyOrder, selectCompanyRows, type CompanyRow, type SparklineSeries} from './company-rows.js';
export {briefingInParts, chartedKinds, chartedSeries, selectCompanyBriefing, type CompanyBriefing, type CompanyHeader, type ConflictView} from './company-briefing.js';
export {selectTimeline, type TimelineEntry} from './timeline.js';
export {copiesMark, selectArticleSummaries, type ArticleSummary} from './summaries.js';
export {digestInParts, figureKey, selectDigest, type CompanyDigest, type Digest, type DigestInParts, type DigestSeen} from './digest.js';
