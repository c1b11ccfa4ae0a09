// The dashboard: plain ES module, no build, no CDN. Reads the reporting JSON APIs through the console (which relays the
// signed-in user's token); SVG charts drawn here.
import { barChart } from './charts.js';

const UI = {
  vi: {
    skip: 'Bỏ qua đến nội dung', appTitle: 'Tiến độ đào tạo, bồi dưỡng cán bộ', units: 'Đơn vị', toOps: 'Nghiệp vụ',
    tabOverview: 'Tổng quan', tabTargets: 'Chỉ tiêu', tabClasses: 'Lớp học', tabPlans: 'Kế hoạch', tabRecord: 'Hồ sơ cán bộ',
    overview: 'Tổng quan đội ngũ cán bộ', headcount: 'Tổng số cán bộ', women: 'Nữ', ethnicMinority: 'Dân tộc thiểu số',
    young: 'Trẻ (dưới {n} tuổi)', studyingNow: 'Đang đi học', politicalTheory: 'Trình độ lý luận chính trị',
    professional: 'Trình độ chuyên môn', stateManagement: 'Trình độ quản lý nhà nước', asOf: 'Số liệu tính đến',
    download: 'Tải về', targets: 'Tiến độ thực hiện chỉ tiêu', target: 'Chỉ tiêu', cohort: 'Số đối tượng', meeting: 'Đạt',
    progress: 'Tiến độ', threshold: 'Chỉ tiêu', deadline: 'Thời hạn', gap: 'Còn thiếu', expected: 'Dự kiến đến hạn',
    status: 'Đánh giá', onTrack: 'Đúng tiến độ', atRisk: 'Có nguy cơ không đạt', met: 'Đạt (tính đến hạn)',
    missed: 'Không đạt (tính đến hạn)', noCohort: 'Chưa có đối tượng', noTargets: 'Chưa có chỉ tiêu nào.',
    classes: 'Thống kê lớp đào tạo, bồi dưỡng', year: 'Năm', allYears: 'Tất cả', category: 'Loại chương trình', all: 'Tất cả',
    mode: 'Hình thức', classCount: 'Số lớp', students: 'Số học viên', average: 'Bình quân/lớp', fill: 'Lấp đầy',
    graduation: 'Tốt nghiệp', ratio: 'Tỷ lệ tập trung : tại chức', rule: 'quy định 1 : 1,2', withinRule: 'Đạt quy định',
    outsideRule: 'Chưa đạt quy định', studentsByMode: 'Học viên và số lớp theo hình thức', noClasses: 'Chưa có lớp nào.',
    plans: 'Thực hiện kế hoạch đào tạo', plan: 'Kế hoạch', noPlans: 'Chưa có kế hoạch nào được phê duyệt.', quota: 'Chỉ tiêu',
    sent: 'Đã cử', program: 'Chương trình', unit: 'Đơn vị', total: 'Tổng cộng',
    record: 'Hồ sơ đào tạo của cán bộ', searchName: 'Họ tên', search: 'Tìm', signOut: 'Đăng xuất', signedInAs: 'Đã đăng nhập',
    within: 'trong', noMatch: 'Không tìm thấy cán bộ nào.', levels: 'Trình độ', current: 'Đang học', graduations: 'Đã tốt nghiệp',
    from: 'Từ', to: 'Đến', graduatedOn: 'Ngày tốt nghiệp', none: 'Không có', live: 'Trực tiếp', offline: 'Mất kết nối',
    chartOf: '{label}: {value} ({share})', loading: 'Đang tải…', failed: 'Không tải được dữ liệu', signedOut: 'Phiên làm việc đã hết',
    asOfDay: 'Số liệu tại ngày', today: 'Hôm nay', historical: 'Số liệu tại cuối ngày {day}, theo đơn vị như khi đó',
    byUnitKind: 'Cán bộ theo loại hình đơn vị', byUnitLevel: 'Cán bộ theo cấp đơn vị', measuredOver: 'Cộng từ các đơn vị',
    closedOn: 'đến {day}',
    kinds: { PROVINCE: 'Tỉnh, thành phố', DISTRICT: 'Huyện (đến 30/6/2025)', COMMUNE: 'Xã', WARD: 'Phường', SPECIAL_ZONE: 'Đặc khu',
      PARTY_COMMITTEE_ORGAN: 'Cơ quan Đảng', STATE_AGENCY: 'Sở, ban, ngành', AGENCY_PARTY_BLOC: 'Đảng ủy các cơ quan',
      PUBLIC_SERVICE_UNIT: 'Đơn vị sự nghiệp', PARTY_CELL: 'Chi bộ', UNCLASSIFIED: 'Chưa phân loại' }
  },
  en: {
    skip: 'Skip to content', appTitle: 'Cadre training progress', units: 'Units', toOps: 'Operations',
    tabOverview: 'Overview', tabTargets: 'Targets', tabClasses: 'Classes', tabPlans: 'Plans', tabRecord: 'Cadre record',
    overview: 'Cadre overview', headcount: 'Headcount', women: 'Women', ethnicMinority: 'Ethnic minority',
    young: 'Young (under {n})', studyingNow: 'Studying now', politicalTheory: 'Political theory level',
    professional: 'Professional level', stateManagement: 'State management level', asOf: 'Figures as of',
    download: 'Download', targets: 'Progress against targets', target: 'Target', cohort: 'Cohort', meeting: 'Meeting',
    progress: 'Progress', threshold: 'Threshold', deadline: 'Deadline', gap: 'Gap', expected: 'Expected by deadline',
    status: 'Assessment', onTrack: 'On track', atRisk: 'At risk', met: 'Met (as of the deadline)',
    missed: 'Missed (as of the deadline)', noCohort: 'Nobody in the cohort', noTargets: 'No targets yet.',
    classes: 'Training class statistics', year: 'Year', allYears: 'All', category: 'Program category', all: 'All',
    mode: 'Mode', classCount: 'Classes', students: 'Students', average: 'Per class', fill: 'Fill rate',
    graduation: 'Graduation rate', ratio: 'Concentrated : in-service', rule: 'rule 1 : 1.2', withinRule: 'Within the rule',
    outsideRule: 'Outside the rule', studentsByMode: 'Students and classes by mode', noClasses: 'No classes yet.',
    plans: 'Training plan fulfilment', plan: 'Plan', noPlans: 'No approved plan yet.', quota: 'Quota', sent: 'Sent',
    program: 'Program', unit: 'Unit', total: 'Total',
    record: 'Cadre training record', searchName: 'Full name', search: 'Search', signOut: 'Sign out', signedInAs: 'Signed in',
    within: 'in', noMatch: 'No cadre found.', levels: 'Levels', current: 'Studying now', graduations: 'Graduations',
    from: 'From', to: 'To', graduatedOn: 'Graduated on', none: 'None', live: 'Live', offline: 'Disconnected',
    chartOf: '{label}: {value} ({share})', loading: 'Loading…', failed: 'Could not load the figures', signedOut: 'Your session ended',
    asOfDay: 'Figures on', today: 'Today', historical: 'Figures at the end of {day}, over the units as they stood then',
    byUnitKind: 'Cadres by kind of unit', byUnitLevel: 'Cadres by unit level', measuredOver: 'Summed over',
    closedOn: 'until {day}',
    kinds: { PROVINCE: 'Province or city', DISTRICT: 'District (until 30/6/2025)', COMMUNE: 'Commune', WARD: 'Ward',
      SPECIAL_ZONE: 'Special zone', PARTY_COMMITTEE_ORGAN: 'Party organ', STATE_AGENCY: 'Department or agency',
      AGENCY_PARTY_BLOC: 'Agency party bloc', PUBLIC_SERVICE_UNIT: 'Public service unit', PARTY_CELL: 'Party cell',
      UNCLASSIFIED: 'Not classified' }
  }
};
const LOCALES = { vi: 'vi-VN', en: 'en-GB' };
// A target's status: its words and its badge. Once the deadline has passed, met or missed as of the deadline.
const STATUS = { ON_TRACK: ['onTrack', 'ok'], AT_RISK: ['atRisk', 'risk'], MET: ['met', 'ok'], MISSED: ['missed', 'risk'],
  NO_COHORT: ['noCohort', 'none'] };
const CATEGORIES = ['POLITICAL_THEORY', 'STATE_MANAGEMENT', 'LEADERSHIP', 'DEFENCE_SECURITY', 'PARTY_WORK',
  'ELECTED_DEPUTIES', 'POSTGRADUATE', 'PROFESSIONAL'];

const state = {
  lang: localStorage.getItem('lang') === 'en' ? 'en' : 'vi',
  words: {}, units: [], unitId: null, view: 'overview', data: {}, events: null,
  classFilter: { year: '', programCategory: '' }, planId: null, matches: null, record: null, recordError: null,
  session: null, access: null,
  // The day the figures are for ('' = now). A past day is history: live updates do not apply to it.
  asOf: sessionStorage.getItem('asOf') ?? ''
};

const $ = (sel, root = document) => root.querySelector(sel);
const t = (key, vars = {}) => (UI[state.lang][key] ?? key).replace(/\{(\w+)\}/g, (_, k) => vars[k]);
const w = key => state.words[key] ?? key;
const num = (n, digits = 0) => n == null ? '–' : new Intl.NumberFormat(LOCALES[state.lang],
  { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(n);
const pct = (n, digits = 1) => n == null ? '–' : new Intl.NumberFormat(LOCALES[state.lang],
  { style: 'percent', maximumFractionDigits: digits }).format(n);
const date = d => d ? new Intl.DateTimeFormat(LOCALES[state.lang], { dateStyle: 'medium' }).format(new Date(d)) : '';
const dateTime = d => d ? new Intl.DateTimeFormat(LOCALES[state.lang], { dateStyle: 'medium', timeStyle: 'medium' })
  .format(new Date(d)) : '';
const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const unitName = id => state.units.find(u => u.unitId === id)?.name ?? id ?? '';
const kindWord = k => UI[state.lang].kinds[k] ?? k;
// The query a view's request carries: its own parameters, and the day when one is chosen.
const query = (params = {}) => new URLSearchParams(Object.entries({ ...params, asOf: state.asOf }).filter(([, v]) => v));

// The reporting service, behind the console's relay.
const REPORTING = '/reporting';

async function api(path, base = REPORTING) {
  const res = await fetch(base + path, { headers: { Accept: 'application/json' } });
  if (res.status === 401) {
    // The session ended (signed out elsewhere, or it expired): sign in again and come back.
    location.reload();
    throw new Error(t('signedOut'));
  }
  if (!res.ok) {
    // A problem (RFC 9457) says what went wrong in words an official can act on.
    const problem = await res.json().catch(() => null);
    throw new Error(problem?.detail ?? `${res.status} ${path}`);
  }
  return res.json();
}

function exportLinks(base, params = {}) {
  const q = query({ ...params, lang: state.lang });
  return `<div class="exports" role="group" aria-label="${t('download')}"><span>${t('download')}:</span>` +
    ['xlsx', 'pdf', 'csv'].map(f => `<a class="export" data-format="${f}" href="${REPORTING}${base}.${f}?${q}" download>${f.toUpperCase()}</a>`).join('') +
    '</div>';
}

// ---- unit tree ----
function renderTree() {
  const children = id => state.units.filter(u => (u.parentUnitId ?? null) === id);
  const known = new Set(state.units.map(u => u.unitId));
  const roots = state.units.filter(u => !u.parentUnitId || !known.has(u.parentUnitId));
  const item = u => `<li><button type="button" data-unit="${u.unitId}" data-kind="${esc(u.kind ?? '')}" aria-current="${u.unitId === state.unitId}"
    title="${esc(kindWord(u.kind))}${u.officialCode ? ' · ' + esc(u.officialCode) : ''}">${esc(u.name)}${u.validTo ? ` <small class="meta">(${t('closedOn', { day: date(u.validTo) })})</small>` : ''}</button>` +
    (children(u.unitId).length ? `<ul>${children(u.unitId).map(item).join('')}</ul>` : '') + '</li>';
  $('#unit-tree').innerHTML = `<ul>${roots.map(item).join('')}</ul>`;
}

// ---- views ----
function card(id, label, value, sub = '') {
  return `<div class="card"><div class="label">${label}</div><div class="value" id="${id}" data-value="${value}">${num(value)}</div>` +
    `<div class="sub">${sub}</div></div>`;
}

function renderOverview() {
  const p = state.data.progress;
  if (!p || p.unitId !== state.unitId) return `<p>${t('loading')}</p>`;
  const share = n => p.headcount ? pct(n / p.headcount) : '–';
  const ladder = (key, values) => barChart({
    id: `chart-${key}`, title: t(key),
    items: Object.entries(values).map(([level, n]) => ({ key: level, label: w(level), value: n,
      text: `${num(n)} (${share(n)})` })),
    describe: i => t('chartOf', { label: i.label, value: num(i.value), share: share(i.value) })
  });
  const breakdown = (key, values, word) => barChart({
    id: `chart-${key}`, title: t(key),
    items: Object.entries(values ?? {}).filter(([, n]) => n > 0).map(([k, n]) => ({ key: k, label: word(k), value: n,
      text: `${num(n)} (${share(n)})` })),
    describe: i => t('chartOf', { label: i.label, value: num(i.value), share: share(i.value) })
  });
  const when = p.asOfDate
    ? `<p class="meta historical" id="as-of-day" data-value="${p.asOfDate}">${t('historical', { day: date(p.asOfDate) })}</p>`
    : `<p class="meta">${t('asOf')} <time id="as-of" datetime="${p.asOf}">${dateTime(p.asOf)}</time></p>`;
  const over = (p.measuredOver ?? []).filter(id => id !== p.unitId);
  return `<h2 id="view-title">${t('overview')}: <span id="unit-name">${esc(p.unitName)}</span></h2>
    ${when}${over.length ? `<p class="meta" id="measured-over">${t('measuredOver')}: ${over.map(id => esc(unitName(id))).join(', ')}</p>` : ''}
    ${exportLinks(`/api/v1/exports/units/${p.unitId}/progress`)}
    <div class="cards">
      ${card('headcount', t('headcount'), p.headcount)}
      ${card('women', t('women'), p.women, share(p.women))}
      ${card('ethnicMinority', t('ethnicMinority'), p.ethnicMinority, share(p.ethnicMinority))}
      ${card('young', t('young', { n: p.youngAgeLimit }), p.young, share(p.young))}
      ${card('studyingNow', t('studyingNow'), p.studyingNow.total, share(p.studyingNow.total))}
    </div>
    <div class="charts">${ladder('politicalTheory', p.politicalTheory)}${ladder('professional', p.professional)}
    ${ladder('stateManagement', p.stateManagement)}${breakdown('byUnitKind', p.byUnitKind, kindWord)}
    ${breakdown('byUnitLevel', p.byUnitLevel, w)}</div>`;
}

function bar(percent, threshold) {
  const clamp = v => Math.max(0, Math.min(100, v));
  return `<div class="progress" role="meter" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${percent}"
    aria-label="${t('progress')} ${num(percent, 1)} % / ${t('threshold')} ${num(threshold, 1)} %">
    <div class="fill" style="width:${clamp(percent)}%"></div><div class="mark" style="left:${clamp(threshold)}%"></div></div>`;
}

function renderTargets() {
  const list = state.data.targets;
  if (!list) return `<p>${t('loading')}</p>`;
  const rows = list.map(x => `<tr data-target-id="${x.targetId}">
      <td>${esc(x.name)}</td><td class="num" data-field="cohortSize">${num(x.cohortSize)}</td>
      <td class="num" data-field="meeting">${num(x.meeting)}</td>
      <td>${bar(x.percent ?? 0, x.thresholdPercent)}<span data-field="percent" data-value="${x.percent ?? ''}">${x.percent == null ? '–' : num(x.percent, 1) + ' %'}</span> / ${num(x.thresholdPercent, 1)} %</td>
      <td>${date(x.deadline)}</td><td class="num" data-field="gap">${num(x.gap)}</td>
      <td class="num" data-field="expectedByDeadline">${num(x.expectedByDeadline)}</td>
      <td><span class="badge ${STATUS[x.status]?.[1] ?? (x.onTrack ? 'ok' : 'risk')}" data-field="onTrack" data-value="${x.onTrack}"
        data-status="${esc(x.status)}">${t(STATUS[x.status]?.[0] ?? (x.onTrack ? 'onTrack' : 'atRisk'))}</span></td></tr>`).join('');
  return `<h2 id="view-title">${t('targets')}: <span id="unit-name">${esc(unitName(state.unitId))}</span></h2>${exportLinks('/api/v1/exports/targets', { unitId: state.unitId ?? '' })}
    ${list.length ? `<table id="targets-table"><caption class="meta">${t('targets')}</caption><thead><tr><th scope="col">${t('target')}</th>
    <th scope="col">${t('cohort')}</th><th scope="col">${t('meeting')}</th><th scope="col">${t('progress')}</th>
    <th scope="col">${t('deadline')}</th><th scope="col">${t('gap')}</th><th scope="col">${t('expected')}</th>
    <th scope="col">${t('status')}</th></tr></thead><tbody>${rows}</tbody></table>` : `<p class="empty">${t('noTargets')}</p>`}`;
}

function renderClasses() {
  const s = state.data.classes;
  const f = state.classFilter;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);
  const filters = `<form class="search" id="class-filter"><label>${t('year')}<select name="year" id="class-year">
      <option value="">${t('allYears')}</option>${years.map(y => `<option ${String(y) === f.year ? 'selected' : ''}>${y}</option>`).join('')}</select></label>
    <label>${t('category')}<select name="programCategory" id="class-category"><option value="">${t('all')}</option>
      ${CATEGORIES.map(c => `<option value="${c}" ${c === f.programCategory ? 'selected' : ''}>${esc(w(c))}</option>`).join('')}</select></label></form>`;
  const title = `<h2 id="view-title">${t('classes')}: <span id="unit-name">${esc(unitName(state.unitId))}</span></h2>`;
  if (!s) return `${title}${filters}<p>${t('loading')}</p>`;
  const modes = Object.entries(s.byMode);
  const rows = modes.map(([mode, m]) => `<tr data-mode="${mode}"><th scope="row">${esc(w(mode))}</th>
    <td class="num" data-field="classes">${num(m.classes)}</td><td class="num" data-field="students">${num(m.students)}</td>
    <td class="num" data-field="averagePerClass">${num(m.averagePerClass, 1)}</td><td class="num">${pct(m.fillRate)}</td>
    <td class="num">${pct(m.graduationRate)}</td></tr>`).join('');
  const ratio = s.concentratedToInServiceRatio;
  const chart = barChart({
    id: 'chart-modes', title: t('studentsByMode'),
    items: modes.map(([mode, m]) => ({ key: mode, label: w(mode), value: m.students, second: m.classes,
      text: `${num(m.students)} ${t('students').toLowerCase()} · ${num(m.classes)} ${t('classCount').toLowerCase()}` })),
    describe: i => `${i.label}: ${num(i.value)} ${t('students')}, ${num(i.second)} ${t('classCount')}`
  });
  const params = { ...(f.year ? { year: f.year } : {}), ...(f.programCategory ? { programCategory: f.programCategory } : {}),
    ...(state.unitId ? { unitId: state.unitId } : {}) };
  return `${title}${filters}${exportLinks('/api/v1/exports/classes/statistics', params)}
    ${modes.length ? `<table id="classes-table"><thead><tr><th scope="col">${t('mode')}</th><th scope="col">${t('classCount')}</th>
      <th scope="col">${t('students')}</th><th scope="col">${t('average')}</th><th scope="col">${t('fill')}</th>
      <th scope="col">${t('graduation')}</th></tr></thead><tbody>${rows}</tbody>
      <tfoot><tr><th scope="row">${t('total')}</th><td class="num" id="classes-total">${num(s.classes)}</td>
      <td class="num" id="students-total">${num(s.students)}</td><td colspan="3"></td></tr></tfoot></table>
      <p><strong>${t('ratio')}:</strong> <span id="ratio" data-value="${ratio ?? ''}">${ratio == null ? '–' : '1 : ' + num(ratio, 2)}</span>
      (${t('rule')}) ${ratio == null ? '' : `<span id="ratio-status" class="badge ${ratio >= 1.2 ? 'ok' : 'risk'}" data-value="${ratio >= 1.2}">${t(ratio >= 1.2 ? 'withinRule' : 'outsideRule')}</span>`}</p>
      <div class="charts">${chart}</div>` : `<p class="empty">${t('noClasses')}</p>`}`;
}

function renderPlans() {
  const plans = state.data.plans;
  if (!plans) return `<p>${t('loading')}</p>`;
  if (!plans.length) return `<h2 id="view-title">${t('plans')}</h2><p class="empty">${t('noPlans')}</p>`;
  const chooser = `<form class="search"><label>${t('plan')}<select id="plan-select">${plans.map(p =>
    `<option value="${p.planId}" ${p.planId === state.planId ? 'selected' : ''}>${p.year} – ${esc(p.name)}</option>`).join('')}</select></label></form>`;
  const f = state.data.plan;
  if (!f || f.planId !== state.planId) return `<h2 id="view-title">${t('plans')}</h2>${chooser}<p>${t('loading')}</p>`;
  const rows = f.quotas.map(q => `<tr class="quota"><th scope="row">${esc(q.programName ?? q.programId)} · ${esc(w(q.programCategory))} · ${esc(w(q.mode))}</th>
      <td class="num">${num(q.quota)}</td><td class="num">${num(q.sent)}</td><td>${bar(q.percent, 100)} ${num(q.percent, 1)} %</td></tr>` +
    q.units.map(u => `<tr><td>&nbsp;&nbsp;${esc(u.unitName ?? u.unitId)}</td><td class="num">${num(u.allocated)}</td>
      <td class="num">${num(u.sent)}</td><td>${num(u.percent, 1)} %</td></tr>`).join('')).join('');
  return `<h2 id="view-title">${t('plans')}</h2>${chooser}${exportLinks(`/api/v1/exports/plans/${f.planId}/fulfilment`)}
    <table id="plan-table"><thead><tr><th scope="col">${t('program')} / ${t('unit')}</th><th scope="col">${t('quota')}</th>
    <th scope="col">${t('sent')}</th><th scope="col">${t('progress')}</th></tr></thead><tbody>${rows}</tbody>
    <tfoot><tr><th scope="row">${t('total')}</th><td class="num" id="plan-quota">${num(f.quota)}</td>
    <td class="num" id="plan-sent">${num(f.sent)}</td><td>${num(f.percent, 1)} %</td></tr></tfoot></table>`;
}

function renderRecord() {
  const form = `<form class="search" id="record-search"><label>${t('searchName')}<input id="record-name" name="name" autocomplete="off"></label>
    <button class="btn" type="submit">${t('search')}</button> <span class="meta">${t('within')} ${esc(unitName(state.unitId))}</span></form>`;
  const matches = state.matches == null ? '' : state.matches.length ? `<ul id="record-matches">${state.matches.map(m =>
    `<li><button type="button" class="btn" data-cadre="${m.cadreId}">${esc(m.fullName)}</button> ${esc(m.position ?? '')} – ${esc(m.unitName ?? '')}</li>`).join('')}</ul>`
    : `<p class="empty">${t('noMatch')}</p>`;
  const r = state.record;
  const record = !r ? '' : `<section id="record" aria-labelledby="record-name-title"><h3 id="record-name-title">${esc(r.fullName)}</h3>
    <p class="meta">${esc(unitName(r.unitId))}</p>
    ${exportLinks(`/api/v1/exports/cadres/${r.cadreId}/record`)}
    <table><caption>${t('levels')}</caption><tbody>
      <tr><th scope="row">${t('politicalTheory')}</th><td id="record-pt">${esc(w(r.levels?.politicalTheory))}</td></tr>
      <tr><th scope="row">${t('professional')}</th><td>${esc(w(r.levels?.professional))}</td></tr>
      <tr><th scope="row">${t('stateManagement')}</th><td>${esc(w(r.levels?.stateManagement))}</td></tr></tbody></table>
    <table><caption>${t('current')}</caption><tbody>${r.currentEnrollments.length ? r.currentEnrollments.map(e =>
      `<tr><td>${esc(e.programId)}</td><td>${esc(w(e.programCategory))}</td><td>${esc(w(e.mode))}</td><td>${date(e.startDate)} – ${date(e.expectedEndDate)}</td></tr>`).join('')
      : `<tr><td class="empty">${t('none')}</td></tr>`}</tbody></table>
    <table><caption>${t('graduations')}</caption><tbody>${r.graduations.length ? r.graduations.map(g =>
      `<tr><td>${esc(g.programId)}</td><td>${esc(w(g.programCategory))}</td><td>${date(g.graduatedOn)}</td></tr>`).join('')
      : `<tr><td class="empty">${t('none')}</td></tr>`}</tbody></table></section>`;
  const error = state.recordError ? `<p class="error" role="alert" id="record-error">${esc(state.recordError)}</p>` : '';
  return `<h2 id="view-title">${t('record')}</h2>${form}${error}${matches}${record}`;
}

const VIEWS = { overview: renderOverview, targets: renderTargets, classes: renderClasses, plans: renderPlans, record: renderRecord };

function render() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('.langs button').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.lang === state.lang)));
  document.querySelectorAll('.tabs a').forEach(a => a.toggleAttribute('aria-current', a.id === `tab-${state.view}`));
  document.querySelectorAll('.tabs a').forEach(a => { if (a.id === `tab-${state.view}`) a.setAttribute('aria-current', 'page'); });
  document.title = `${t(VIEWS[state.view] ? 'tab' + state.view[0].toUpperCase() + state.view.slice(1) : 'appTitle')} – ${t('appTitle')}`;
  $('#live').textContent = state.events?.readyState === 1 ? t('live') : t('offline');
  const focused = document.activeElement?.id;
  $('#main').innerHTML = VIEWS[state.view]();
  $('#main').dataset.view = state.view;
  if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
}

// ---- loading ----
async function load() {
  try {
    if (state.view === 'overview' && state.unitId) {
      state.data.progress = await api(`/api/v1/units/${state.unitId}/progress?${query()}`);
    } else if (state.view === 'targets') {
      state.data.targets = await api(`/api/v1/targets?${query({ unitId: state.unitId })}`);
    } else if (state.view === 'classes') {
      state.data.classes = await api(`/api/v1/classes/statistics?${query({ ...state.classFilter, unitId: state.unitId })}`);
    } else if (state.view === 'plans') {
      state.data.plans = await api('/api/v1/dashboard/plans');
      if (state.data.plans.length) {
        if (!state.data.plans.some(p => p.planId === state.planId)) state.planId = state.data.plans[0].planId;
        state.data.plan = await api(`/api/v1/plans/${state.planId}/fulfilment?${query()}`);
      }
    }
    render();
  } catch (e) {
    $('#main').innerHTML = `<p class="error" role="alert">${t('failed')}: ${esc(e.message)}</p>`;
  }
}

function connect() {
  state.events?.close();
  const source = new EventSource(`${REPORTING}/api/v1/dashboard/events?unitId=${encodeURIComponent(state.unitId ?? '')}`);
  state.events = source;
  const status = on => { const el = $('#live'); el.dataset.state = on ? 'on' : 'off'; el.textContent = t(on ? 'live' : 'offline'); };
  source.onopen = () => status(true);
  source.onerror = () => status(false);
  // A page first hears of every view once; it redraws only when the figures differ from what it shows.
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  source.addEventListener('progress', e => {
    if (state.asOf) return; // history: the live figures are today's
    const p = JSON.parse(e.data);
    if (p.unitId !== state.unitId) return;
    const shown = state.data.progress;
    if (shown && same({ ...shown, asOf: undefined }, { ...p, asOf: undefined })) return;
    p.asOf = new Date().toISOString();
    state.data.progress = p;
    if (state.view === 'overview') render();
  });
  source.addEventListener('targets', e => {
    if (state.asOf) return;
    const list = JSON.parse(e.data);
    if (same(list, state.data.targets)) return;
    state.data.targets = list;
    if (state.view === 'targets') render();
  });
  source.addEventListener('classes', () => { if (state.view === 'classes') load(); });
  source.addEventListener('plans', () => { if (state.view === 'plans') load(); });
  source.addEventListener('units', e => { if (!state.asOf) { state.units = JSON.parse(e.data); renderTree(); } });
}

async function setLang(lang) {
  state.lang = lang;
  localStorage.setItem('lang', lang);
  state.words = await api(`/api/v1/dashboard/labels?lang=${lang}`);
  render();
  renderSession();
}

function route() {
  const view = location.hash.replace(/^#\/?/, '') || 'overview';
  state.view = VIEWS[view] ? view : 'overview';
  render();
  load();
}

document.addEventListener('click', async e => {
  const unit = e.target.closest('[data-unit]');
  if (unit) {
    state.unitId = unit.dataset.unit;
    // Targets and classes are narrowed to the unit: what was shown for the last one must not linger.
    state.matches = null; state.record = null; state.recordError = null; state.data.targets = null; state.data.classes = null;
    renderTree();
    $(`[data-unit="${state.unitId}"]`)?.focus();
    connect();
    render();
    load();
    return;
  }
  const lang = e.target.closest('[data-lang]');
  if (lang) { setLang(lang.dataset.lang); return; }
  if (e.target.id === 'as-of-today') { setAsOf(''); return; }
  const cadre = e.target.closest('[data-cadre]');
  if (cadre) {
    try {
      state.record = await api(`/api/v1/cadres/${cadre.dataset.cadre}/record`);
      state.recordError = null;
    } catch (err) { state.record = null; state.recordError = err.message; }
    render();
  }
});

// A day chosen: the tree of that day, and every view's figures as of its end. The unit shown stays if it existed then,
// else the tree's root is shown.
async function setAsOf(day) {
  state.asOf = day;
  sessionStorage.setItem('asOf', day);
  $('#as-of-date').value = day;
  try {
    await loadUnits();
  } catch (err) {
    $('#main').innerHTML = `<p class="error" role="alert">${t('failed')}: ${esc(err.message)}</p>`;
    return;
  }
  state.data = {};
  renderTree();
  render();
  load();
}

async function loadUnits() {
  state.units = await api(`/api/v1/units?${query()}`);
  const known = new Set(state.units.map(u => u.unitId));
  if (!known.has(state.unitId)) {
    state.unitId = (state.units.find(u => !u.parentUnitId || !known.has(u.parentUnitId)) ?? state.units[0])?.unitId ?? null;
  }
}

document.addEventListener('change', e => {
  if (e.target.id === 'as-of-date') {
    setAsOf(e.target.value);
    return;
  }
  if (e.target.id === 'class-year' || e.target.id === 'class-category') {
    state.classFilter[e.target.name] = e.target.value;
    load();
  } else if (e.target.id === 'plan-select') {
    state.planId = e.target.value;
    load();
  }
});

document.addEventListener('submit', async e => {
  if (e.target.id === 'as-of-form') { e.preventDefault(); setAsOf($('#as-of-date').value); return; }
  if (e.target.id !== 'record-search') return;
  e.preventDefault();
  const name = $('#record-name').value;
  try {
    state.matches = await api(`/api/v1/dashboard/cadres?unitId=${state.unitId}&name=${encodeURIComponent(name)}`);
    state.recordError = null;
  } catch (err) { state.matches = null; state.recordError = err.message; }
  state.record = null;
  render();
  $('#record-name').value = name;
});

// Arrow keys move through the unit tree and through a chart's bars.
document.addEventListener('keydown', e => {
  if (!['ArrowDown', 'ArrowUp'].includes(e.key)) return;
  const group = e.target.closest('#unit-tree') ? [...document.querySelectorAll('#unit-tree button')]
    : e.target.closest('svg') ? [...e.target.closest('svg').querySelectorAll('g[tabindex]')] : null;
  if (!group) return;
  e.preventDefault();
  const i = group.indexOf(e.target) + (e.key === 'ArrowDown' ? 1 : -1);
  group[Math.max(0, Math.min(group.length - 1, i))]?.focus();
});

window.addEventListener('hashchange', route);
// A hidden or cached page gives its live connection back: browsers allow a few a host, and open tabs would use them up.
window.addEventListener('pagehide', () => { state.events?.close(); state.events = null; });
window.addEventListener('pageshow', e => { if (e.persisted) { connect(); load(); } });

// Who is signed in, and the sign-out form (a POST with the CSRF token the console hands out with the session).
function renderSession() {
  const s = state.session;
  if (!s) return;
  $('#session').innerHTML = `<span class="who" id="signed-in-as" title="${t('signedInAs')}">${esc(s.name)}</span>
    <form method="post" action="/logout" id="sign-out"><input type="hidden" name="${esc(s.csrf.parameterName)}" value="${esc(s.csrf.token)}">
    <button type="submit" class="signout">${t('signOut')}</button></form>`;
}

(async function start() {
  state.session = await api('/api/session', '');
  renderSession();
  state.words = await api(`/api/v1/dashboard/labels?lang=${state.lang}`);
  $('#as-of-date').value = state.asOf;
  $('#as-of-date').max = new Date().toISOString().slice(0, 10);
  await loadUnits();
  renderTree();
  connect();
  route();
})();
