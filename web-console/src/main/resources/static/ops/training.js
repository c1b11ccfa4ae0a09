// The training officer's screens: the program catalogue, classes with their lifecycle and roster, and the yearly plan
// with its quotas, allocations, needs and the 1 : 1.2 rule recomputed while a quota is edited. What the caller may do
// follows the routes' @Access rules: programs, classes and province plans need their permission over a whole province.
import { t, esc, word, words, wordOptions, num, date, dateTime } from './i18n.js';
import { api, showProblem, clearProblems, Problem, setFlash, takeFlash } from './api.js';
import { pagedTable } from './table.js';
import { ctx, may, go, unitName, unitOptions, cadreCards } from './app.js';

export const ENROLLMENT = '/enrollment/api/v1';
const REGISTRY = '/registry/api/v1';
const LADDERS = ['POLITICAL_THEORY', 'PROFESSIONAL', 'STATE_MANAGEMENT'];

/** Whether the caller holds the permission over a whole province (a root of the unit tree), as requireOverAProvince asks. */
export const overProvince = permission => ctx.units.some(u => !u.parentUnitId && may(permission, u.unitId));

const levelOptions = (ladder, selected, blank) => (blank !== undefined ? `<option value="">${esc(blank)}</option>` : '') +
  (ladder ? words(ladder).filter(([k]) => k !== 'NONE').map(([k, v]) =>
    `<option value="${k}"${k === selected ? ' selected' : ''}>${esc(v)}</option>`).join('') : '');
const level = l => l ? `${esc(word('Ladder', l.ladder))}: ${esc(word(l.ladder, l.level))}` : '';
/** The browser's today, as the date fields offer it. */
export const today = () => new Date().toLocaleDateString('sv-SE');
const pageOf = params => ({ page: Math.max(0, Number(params.get('page') ?? 0)), size: Number(params.get('size') ?? 20) });


/** A page of a list route: the enrollment service answers pages ({items, page, size, totalItems, totalPages}). */
export async function fetchPage(path, query, { page, size }) {
  return api(`${path}?${new URLSearchParams({ ...query, page, size })}`);
}

/** Every item of a list route, page after page: for the choosers. */
export async function fetchAll(path, query = {}) {
  const first = await api(`${path}?${new URLSearchParams({ ...query, page: 0, size: 100 })}`);
  if (Array.isArray(first)) return first;
  const items = [...first.items];
  for (let p = 1; p < first.totalPages; p++) {
    items.push(...(await api(`${path}?${new URLSearchParams({ ...query, page: p, size: 100 })}`)).items);
  }
  return items;
}

/** A server-paged table whose pager keeps the screen's other parameters. */
export function table(host, view, params, opts) {
  pagedTable(host, { ...opts, onPage: page => { const next = new URLSearchParams(params); next.set('page', page); go(view, next); } });
}

/** The form's named fields, blanks as null. */
function values(form) {
  const data = {};
  for (const el of form.elements) {
    if (!el.name || el.type === 'checkbox' || el.tagName === 'FIELDSET' || el.tagName === 'BUTTON') continue;
    data[el.name] = el.value.trim() === '' ? null : el.value.trim();
  }
  return data;
}

/** A submit handler that shows the API's problem beside the fields, and otherwise the confirmation on the next screen. */
function onSubmit(form, send) {
  form.addEventListener('submit', async e => {
    e.preventDefault();
    clearProblems(form);
    const button = form.querySelector('button[type=submit]');
    if (button) button.disabled = true;
    try {
      await send(values(form));
    } catch (err) {
      showProblem(form, err);
    } finally {
      if (button) button.disabled = false;
    }
  });
}

/** Shows the same screen again (a confirmation above it). */
const redraw = () => window.dispatchEvent(new HashChangeEvent('hashchange'));

// ---- programs ----------------------------------------------------------------------------------------------------

export async function programs(main, params) {
  const paging = pageOf(params);
  const manage = overProvince('PROGRAMS_MANAGE');
  main.innerHTML = `<h2 id="view-title">${t('programsTitle')}</h2>${takeFlash()}
    ${manage ? `<p><a class="btn2" href="#/programs/new" id="new-program">${t('newProgram')}</a></p>` : ''}
    <div id="program-results"><p>${t('loading')}</p></div>`;
  const result = await fetchPage(`${ENROLLMENT}/programs`, {}, paging);
  table(main.querySelector('#program-results'), 'programs', params, {
    id: 'program-table', caption: t('programsTitle'), noun: t('programsNoun'), result, rowKey: p => p.programId,
    columns: [
      { key: 'code', label: t('programCode'), cell: p => esc(p.code) },
      { key: 'name', label: t('programName'), cell: p => esc(p.name) },
      { key: 'kind', label: t('programKind'), cell: p => esc(word('ProgramKind', p.kind)) },
      { key: 'category', label: t('programCategory'), cell: p => esc(word('ProgramCategory', p.category)) },
      { key: 'prerequisites', label: t('prerequisites'), cell: p => [...p.prerequisites.map(level),
        ...(p.eligibleTiers ?? []).map(tier => esc(word('ManagementTier', tier)))].join('<br>') || '–' },
      { key: 'confers', label: t('confers'), cell: p => p.confers ? level(p.confers) : esc(t('noConfers')) }
    ]
  });
  return 'programs';
}

export async function programForm(main) {
  if (!overProvince('PROGRAMS_MANAGE')) {
    main.innerHTML = `<h2 id="view-title">${t('newProgram')}</h2><p class="notice">${t('notAllowed')}</p>`;
    return 'denied';
  }
  main.innerHTML = `<h2 id="view-title">${t('newProgram')}</h2>
    <p><a href="#/programs" id="back-to-programs">‹ ${t('backToPrograms')}</a></p>
    <form id="program-form" class="sheet" novalidate>
      <label>${t('programCode')} <span class="meta">(${t('required')})</span><input name="code" id="p-code" maxlength="40" autocomplete="off"></label>
      <label class="wide">${t('programName')} <span class="meta">(${t('required')})</span><input name="name" id="p-name" maxlength="200"></label>
      <label>${t('programKind')}<select name="kind" id="p-kind">${wordOptions('ProgramKind', '', '—')}</select></label>
      <label>${t('programCategory')}<select name="category" id="p-category">${wordOptions('ProgramCategory', '', '—')}</select></label>
      <label>${t('confersLadder')}<select name="confers.ladder" id="p-confers-ladder">${wordOptions('Ladder', '', t('noConfers'))}</select></label>
      <label>${t('confersLevel')}<select name="confers.level" id="p-confers-level"><option value="">—</option></select></label>
      <fieldset name="prerequisites" id="p-prerequisites" class="wide"><legend>${t('prerequisites')}: ${t('minimumLevel')}</legend>
        ${LADDERS.map(l => `<label>${esc(word('Ladder', l))}<select data-ladder="${l}" id="p-pre-${l}">${levelOptions(l, '', t('none'))}</select></label>`).join('')}
      </fieldset>
      <fieldset name="eligibleTiers" id="p-tiers" class="wide"><legend>${t('eligibleTiers')}</legend><p class="meta">${t('anyTierHint')}</p>
        ${words('ManagementTier').map(([k, v]) => `<label class="check"><input type="checkbox" value="${k}" id="p-tier-${k}">${esc(v)}</label>`).join('')}
      </fieldset>
      <div class="actions"><button type="submit" class="btn" id="p-submit">${t('save')}</button><a href="#/programs" class="btn2">${t('cancel')}</a></div>
    </form>`;
  const form = main.querySelector('#program-form');
  const ladder = form.querySelector('#p-confers-ladder');
  ladder.addEventListener('change', () => { form.querySelector('#p-confers-level').innerHTML = levelOptions(ladder.value, '', '—'); });
  onSubmit(form, async data => {
    const prerequisites = [...form.querySelectorAll('select[data-ladder]')].filter(s => s.value)
      .map(s => ({ ladder: s.dataset.ladder, level: s.value }));
    const eligibleTiers = [...form.querySelectorAll('#p-tiers input:checked')].map(c => c.value);
    const confers = data['confers.ladder'] ? { ladder: data['confers.ladder'], level: data['confers.level'] ?? '' } : null;
    const program = await api(`${ENROLLMENT}/programs`, { method: 'POST', json: { code: data.code, name: data.name, kind: data.kind,
      category: data.category, confers, prerequisites, eligibleTiers } });
    setFlash(t('programCreated', { code: program.code }));
    go('programs');
  });
  form.querySelector('#p-code').focus();
  return 'program-new';
}

// ---- classes -----------------------------------------------------------------------------------------------------

const programLabel = (byId, id) => { const p = byId.get(id); return p ? `${p.code} · ${p.name}` : id; };
const programMap = async () => new Map((await fetchAll(`${ENROLLMENT}/programs`)).map(p => [p.programId, p]));

/** The classes list's columns, shared with the provider's list. */
export function classColumns(byProgram, link) {
  return [
    { key: 'cohort', label: t('cohort'), cell: c => `<a href="${link(c)}" data-class="${c.classId}">${esc(c.cohort)}</a>` },
    { key: 'program', label: t('program'), cell: c => esc(programLabel(byProgram, c.programId)) },
    { key: 'provider', label: t('provider'), cell: c => esc(c.provider ?? unitName(c.providerUnitId)) },
    { key: 'mode', label: t('mode'), cell: c => esc(word('StudyMode', c.mode)) },
    { key: 'dates', label: t('dates'), cell: c => `${date(c.startDate)} – ${date(c.endDate)}` },
    { key: 'capacity', label: t('capacity'), num: true, cell: c => `${num(c.enrolled)} / ${num(c.capacity)}` },
    { key: 'status', label: t('status'), cell: c => `<span data-status="${c.status}">${esc(word('ClassStatus', c.status))}</span>` }
  ];
}

export const classes = (main, params) => classList(main, params, { view: 'classes', title: t('classesTitle'),
  create: overProvince('CLASSES_MANAGE'), link: c => `#/classes/${c.classId}` });

/**
 * A list of classes filtered by program, status and year, paged by the service. With {@code providerUnit} (the
 * provider's screen), a chooser of the units whose results the caller records, filtering by the unit that teaches.
 */
export async function classList(main, params, { view, title, create, link, query: own = {}, providerUnit }) {
  const paging = pageOf(params);
  const filters = { programId: params.get('programId') ?? '', status: params.get('status') ?? '', year: params.get('year') ?? '' };
  if (providerUnit) filters.providerUnitId = providerUnit;
  const byProgram = await programMap();
  main.innerHTML = `<h2 id="view-title">${esc(title)}</h2>${takeFlash()}
    <form id="class-filters" class="filters" role="search">
      ${providerUnit ? `<label>${t('providerUnit')}<select name="providerUnitId" id="filter-provider-unit">${unitOptions('RESULTS_RECORD', providerUnit)}</select></label>` : ''}
      <label>${t('program')}<select name="programId" id="filter-program"><option value="">${t('allPrograms')}</option>${[...byProgram.values()]
        .map(p => `<option value="${p.programId}"${p.programId === filters.programId ? ' selected' : ''}>${esc(p.code)} · ${esc(p.name)}</option>`).join('')}</select></label>
      <label>${t('status')}<select name="status" id="filter-status">${wordOptions('ClassStatus', filters.status, t('all'))}</select></label>
      <label>${t('year')}<input type="number" name="year" id="filter-year" min="2000" max="2100" value="${esc(filters.year)}" placeholder="${t('allYears')}"></label>
      <button type="submit" class="btn" id="filter-apply">${t('filter')}</button>
      ${create ? `<a class="btn2" href="#/classes/new" id="new-class">${t('newClass')}</a>` : ''}
    </form><div id="class-results"><p>${t('loading')}</p></div>`;
  const form = main.querySelector('#class-filters');
  form.addEventListener('submit', e => {
    e.preventDefault();
    go(view, new URLSearchParams([...new FormData(form)].filter(([, v]) => v !== '')));
  });
  const query = { ...own, ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) };
  const result = await fetchPage(`${ENROLLMENT}/classes`, query, paging);
  table(main.querySelector('#class-results'), view, params, {
    id: 'class-table', caption: title, noun: t('classesNoun'), result, rowKey: c => c.classId, columns: classColumns(byProgram, link)
  });
  return view;
}

export async function classForm(main) {
  if (!overProvince('CLASSES_MANAGE')) {
    main.innerHTML = `<h2 id="view-title">${t('newClass')}</h2><p class="notice">${t('notAllowed')}</p>`;
    return 'denied';
  }
  const byProgram = await programMap();
  main.innerHTML = `<h2 id="view-title">${t('newClass')}</h2>
    <p><a href="#/classes" id="back-to-classes">‹ ${t('backToClasses')}</a></p>
    <form id="class-form" class="sheet" novalidate>
      <label class="wide">${t('program')}<select name="programId" id="c-program"><option value="">—</option>${[...byProgram.values()]
        .map(p => `<option value="${p.programId}">${esc(p.code)} · ${esc(p.name)}</option>`).join('')}</select></label>
      <label>${t('cohort')}<input name="cohort" id="c-cohort" maxlength="60"></label>
      <label>${t('providerUnit')}<select name="providerUnitId" id="c-provider-unit">${unitOptions('CLASSES_MANAGE', '', { blank: t('noProviderUnit') })}</select></label>
      <label>${t('provider')}<input name="provider" id="c-provider" maxlength="200"></label>
      <label>${t('mode')}<select name="mode" id="c-mode">${wordOptions('StudyMode', 'CONCENTRATED')}</select></label>
      <label>${t('startDate')}<input type="date" name="startDate" id="c-start"></label>
      <label>${t('endDate')}<input type="date" name="endDate" id="c-end"></label>
      <label>${t('location')}<input name="location" id="c-location" maxlength="200"></label>
      <label>${t('capacity')}<input type="number" name="capacity" id="c-capacity" min="1" inputmode="numeric"></label>
      <label>${t('fundingSource')}<select name="fundingSource" id="c-funding">${wordOptions('FundingSource', 'STATE_BUDGET')}</select></label>
      <div class="actions"><button type="submit" class="btn" id="c-submit">${t('save')}</button><a href="#/classes" class="btn2">${t('cancel')}</a></div>
    </form>`;
  const form = main.querySelector('#class-form');
  const unit = form.querySelector('#c-provider-unit');
  // The provider's name defaults to the unit's, so that a class given to the Political School reads as its name.
  unit.addEventListener('change', () => { const name = form.querySelector('#c-provider'); if (!name.value) name.value = unitName(unit.value); });
  onSubmit(form, async data => {
    const scheduled = await api(`${ENROLLMENT}/classes`, { method: 'POST', json: { ...data,
      capacity: data.capacity == null ? null : Number(data.capacity) } });
    setFlash(t('classScheduled', { cohort: scheduled.cohort }));
    go(`classes/${scheduled.classId}`);
  });
  form.querySelector('#c-program').focus();
  return 'class-new';
}

/** The roster, or null where the route is not there. */
export async function fetchRoster(classId) {
  try {
    return await api(`${ENROLLMENT}/classes/${classId}/roster`);
  } catch (err) {
    // The class itself was read just before: a 404 here is the route missing (a service without it yet).
    if (err instanceof Problem && (err.status === 404 || err.status === 405)) return null;
    throw err;
  }
}

/** The capacity against the regulatory cap, both numbers, and the seats: from the roster when there is one. */
export function capacityFigures(cls, roster) {
  const cap = roster?.regulatoryCap;
  return `<div class="cards" id="class-capacity" data-capacity="${cls.capacity}" data-cap="${cap ?? ''}">
    <div class="card"><div class="label">${t('capacity')}</div><div class="value" id="capacity-value">${num(cls.capacity)}</div></div>
    <div class="card"><div class="label">${t('regulatoryCap')}</div><div class="value" id="cap-value">${cap == null ? esc(t('capUnknown')) : num(cap)}</div></div>
    <div class="card"><div class="label">${t('enrolled')}</div><div class="value" id="enrolled-value">${num(roster?.seated ?? cls.enrolled)}</div></div>
    <div class="card"><div class="label">${t('seatsLeft')}</div><div class="value" id="seats-left-value">${num(cls.seatsLeft)}</div></div></div>`;
}

/** The roster's three tables; {@code rowExtra(enrollment)} adds a cell of actions (the provider's). */
export async function rosterSection(roster, { rowExtra } = {}) {
  if (!roster) return `<h3 id="roster-title">${t('roster')}</h3><p class="notice" id="roster-pending">${t('rosterPending')}</p>`;
  const who = await cadreCards([...roster.enrollments, ...roster.waitlist, ...roster.promotions].map(r => r.cadreId));
  const extra = rowExtra ? `<th>${t('action')}</th>` : '';
  return `<h3 id="roster-title">${t('roster')}</h3>
    <div class="scroll"><table id="roster-table" data-count="${roster.enrollments.length}"><thead><tr><th>${t('cadre')}</th><th>${t('unit')}</th>
      <th>${t('status')}</th><th>${t('attendance')}</th><th>${t('finalGrade')}</th><th>${t('certificate')}</th><th>${t('graduatedOn')}</th>${extra}</tr></thead><tbody>
      ${roster.enrollments.map(e => `<tr data-key="${e.enrollmentId}" data-status="${e.status}"><td>${who.cell(e.cadreId)}</td>
        <td>${esc(who.unit(e.cadreId, e.unitId))}</td><td data-field="status">${esc(word('EnrollmentStatus', e.status))}</td>
        <td class="num" data-field="attendance">${num(e.attendancePercent)}</td><td class="num">${num(e.finalGrade)}</td>
        <td data-field="certificate">${esc(e.certificateNumber ?? '')}</td><td>${date(e.graduatedOn)}</td>${rowExtra ? `<td>${rowExtra(e)}</td>` : ''}</tr>`).join('')
        || `<tr><td colspan="${rowExtra ? 8 : 7}" class="empty">${t('nobody')}</td></tr>`}</tbody></table></div>
    <h3>${t('waitlist')}</h3>
    <div class="scroll"><table id="waitlist-table"><thead><tr><th>${t('waitPosition')}</th><th>${t('cadre')}</th><th>${t('unit')}</th>
      <th>${t('nominatedAt')}</th></tr></thead><tbody>${roster.waitlist.map(w => `<tr data-key="${w.nominationId}"><td class="num">${num(w.position)}</td>
      <td>${who.cell(w.cadreId)}</td><td>${esc(who.unit(w.cadreId, w.unitId))}</td><td>${dateTime(w.nominatedAt)}</td></tr>`).join('')
      || `<tr><td colspan="4" class="empty">${t('nobody')}</td></tr>`}</tbody></table></div>
    ${roster.promotions.length ? `<h3>${t('promotions')}</h3><div class="scroll"><table id="promotion-table"><thead><tr><th>${t('cadre')}</th><th>${t('unit')}</th>
      <th>${t('promotedAt')}</th></tr></thead><tbody>${roster.promotions.map(p => `<tr data-key="${p.nominationId}"><td>${who.cell(p.cadreId)}</td>
      <td>${esc(who.unit(p.cadreId))}</td><td>${dateTime(p.promotedAt)}</td></tr>`).join('')}</tbody></table></div>` : ''}`;
}

/** The class's facts, shared with the provider's page. */
export function classFacts(cls, program) {
  const row = (label, value, field) => `<dt>${label}</dt><dd data-field="${field}">${value || '–'}</dd>`;
  return `<dl class="profile" id="class-profile">
    ${row(t('program'), esc(program ? `${program.code} · ${program.name}` : cls.programId), 'program')}
    ${row(t('status'), `<span id="class-status" data-status="${cls.status}">${esc(word('ClassStatus', cls.status))}</span>`, 'status')}
    ${row(t('provider'), esc(cls.provider ?? unitName(cls.providerUnitId)), 'provider')}
    ${row(t('mode'), esc(word('StudyMode', cls.mode)), 'mode')}
    ${row(t('dates'), `${date(cls.startDate)} – ${date(cls.endDate)}`, 'dates')}
    ${row(t('location'), esc(cls.location), 'location')}
    ${row(t('fundingSource'), esc(word('FundingSource', cls.fundingSource)), 'funding')}
    ${program?.confers ? row(t('confers'), level(program.confers), 'confers') : ''}
  </dl>`;
}

/** The moves the class's status allows (ClassStatus.next), with the route and the confirmation of each. */
const MOVES = {
  SCHEDULED: ['open', 'cancel'], OPEN: ['start', 'cancel'], IN_PROGRESS: ['complete', 'cancel'], COMPLETED: [], CANCELLED: []
};

export async function classPage(main, classId) {
  const cls = await api(`${ENROLLMENT}/classes/${classId}`);
  const [program, roster] = await Promise.all([api(`${ENROLLMENT}/programs/${cls.programId}`).catch(() => null), fetchRoster(classId)]);
  const manage = overProvince('CLASSES_MANAGE');
  const moves = manage ? MOVES[cls.status] ?? [] : [];
  main.innerHTML = `<h2 id="view-title" data-class="${cls.classId}">${esc(cls.cohort)}</h2>${takeFlash()}
    <p><a href="#/classes" id="back-to-classes">‹ ${t('backToClasses')}</a></p>
    ${classFacts(cls, program)}
    ${capacityFigures(cls, roster)}
    ${manage ? `<section aria-labelledby="lifecycle-title"><h3 id="lifecycle-title">${t('lifecycle')}</h3>
      ${moves.length ? `<form id="lifecycle-form" class="sheet" novalidate>
        ${moves.some(m => m === 'start' || m === 'complete') ? `<label>${t('on')}<input type="date" name="on" id="lifecycle-on" value="${today()}"></label>` : ''}
        ${moves.includes('cancel') ? `<label class="wide">${t('cancelReason')}<input name="reason" id="cancel-reason" maxlength="500"></label>` : ''}
        <div class="actions">${moves.map(m => `<button type="submit" class="${m === 'cancel' ? 'btn2' : 'btn'}" id="class-${m}" value="${m}">${t(m + 'Class')}</button>`).join('')}</div>
      </form>` : `<p class="meta" id="no-lifecycle">${t('noLifecycle')}</p>`}</section>` : ''}
    <section id="roster">${await rosterSection(roster)}</section>`;
  const form = main.querySelector('#lifecycle-form');
  if (form) {
    form.addEventListener('submit', async e => {
      e.preventDefault();
      clearProblems(form);
      const move = e.submitter?.value;
      const data = values(form);
      const json = move === 'cancel' ? { reason: data.reason } : move === 'open' ? undefined : { on: data.on };
      form.querySelectorAll('button').forEach(b => { b.disabled = true; });
      try {
        const moved = await api(`${ENROLLMENT}/classes/${cls.classId}/${move}`, { method: 'POST', json });
        setFlash(t({ open: 'classOpened', start: 'classStarted', complete: 'classCompleted', cancel: 'classCancelled' }[move],
          { cohort: moved.cohort }));
        redraw();
      } catch (err) {
        showProblem(form, err);
        form.querySelectorAll('button').forEach(b => { b.disabled = false; });
      }
    });
  }
  return 'class';
}

// ---- plans -------------------------------------------------------------------------------------------------------

export async function plans(main, params) {
  const paging = pageOf(params);
  const filters = { year: params.get('year') ?? '', ownerUnitId: params.get('owner') ?? '' };
  const query = {};
  if (filters.year) query.year = filters.year;
  if (filters.ownerUnitId) query.ownerUnitId = filters.ownerUnitId;
  const create = may('PLANS_MANAGE');
  main.innerHTML = `<h2 id="view-title">${t('plansTitle')}</h2>${takeFlash()}
    <form id="plan-filters" class="filters" role="search">
      <label>${t('year')}<input type="number" name="year" id="plan-filter-year" min="2000" max="2100" value="${esc(filters.year)}" placeholder="${t('allYears')}"></label>
      <label>${t('owner')}<select name="owner" id="plan-filter-owner">${unitOptions('TRAINING_READ', filters.ownerUnitId, { blank: t('all') })}</select></label>
      <button type="submit" class="btn" id="plan-filter-apply">${t('filter')}</button>
    </form>
    <div id="plan-results"><p>${t('loading')}</p></div>
    ${create ? `<section aria-labelledby="new-plan-title"><h3 id="new-plan-title">${t('newPlan')}</h3>
      <form id="plan-form" class="sheet" novalidate>
        <label>${t('year')}<input type="number" name="year" id="plan-year" min="2000" max="2100" value="${new Date().getFullYear() + 1}"></label>
        <label class="wide">${t('planName')}<input name="name" id="plan-name" maxlength="200"></label>
        <label>${t('needsDeadline')}<input type="date" name="needsDeadline" id="plan-deadline"></label>
        <label>${t('owner')}<select name="ownerUnitId" id="plan-owner">${unitOptions('PLANS_MANAGE', '')}</select></label>
        <div class="actions"><button type="submit" class="btn" id="plan-submit">${t('newPlan')}</button></div>
      </form></section>` : ''}`;
  const filterForm = main.querySelector('#plan-filters');
  filterForm.addEventListener('submit', e => { e.preventDefault(); go('plans', new URLSearchParams(new FormData(filterForm))); });
  const result = await fetchPage(`${ENROLLMENT}/plans`, query, paging);
  table(main.querySelector('#plan-results'), 'plans', params, {
    id: 'plan-table', caption: t('plansTitle'), noun: t('plansNoun'), result, rowKey: p => p.planId,
    columns: [
      { key: 'year', label: t('year'), cell: p => String(p.year) },
      { key: 'name', label: t('planName'), cell: p => `<a href="#/plans/${p.planId}" data-plan="${p.planId}">${esc(p.name)}</a>` },
      { key: 'owner', label: t('owner'), cell: p => esc(p.ownerUnitId ? unitName(p.ownerUnitId) : t('province')) },
      { key: 'deadline', label: t('needsDeadline'), cell: p => date(p.needsDeadline) },
      { key: 'status', label: t('planStatus'), cell: p => `<span data-status="${p.status}">${esc(word('PlanStatus', p.status))}</span>` }
    ]
  });
  const form = main.querySelector('#plan-form');
  if (form) {
    onSubmit(form, async data => {
      const plan = await api(`${ENROLLMENT}/plans`, { method: 'POST', json: { ...data, year: data.year == null ? null : Number(data.year) } });
      setFlash(t('planCreated', { name: plan.name }));
      go(`plans/${plan.planId}`);
    });
  }
  return 'plans';
}

/**
 * The ratio rule as RatioRule states it: at least ceil(factor × concentrated) in-service. The factor comes from the
 * service (quotaRatio.inServicePerConcentrated) and is kept exact, as a fraction, so that 1.2 × 5 is 6, not 6.000…1.
 */
export function ratioCheck(factor, concentrated, inService) {
  const [whole, fraction = ''] = String(factor).split('.');
  const scale = 10n ** BigInt(fraction.length);
  const numerator = BigInt(whole + fraction);
  const c = BigInt(concentrated);
  const required = (numerator * c + scale - 1n) / scale;
  return { concentrated: Number(c), inService, requiredInService: Number(required), met: BigInt(inService) >= required };
}

function ratioBox(id, title, check) {
  const short = check.requiredInService - check.inService;
  return `<div class="ratio${check.met ? ' met' : ' short'}" id="${id}" data-concentrated="${check.concentrated}" data-in-service="${check.inService}"
      data-required="${check.requiredInService}" data-met="${check.met}"><h4>${esc(title)}</h4>
    <dl class="profile"><dt>${t('concentrated')}</dt><dd data-field="concentrated">${num(check.concentrated)}</dd>
      <dt>${t('inService')}</dt><dd data-field="inService">${num(check.inService)}</dd>
      <dt>${t('requiredInService')}</dt><dd data-field="required">${num(check.requiredInService)}</dd></dl>
    <p class="${check.met ? 'ok' : 'risk'}" data-field="verdict">${check.met ? t('ratioMet') : t('ratioShort', { n: num(short) })}</p></div>`;
}

export async function planPage(main, planId) {
  const plan = await api(`${ENROLLMENT}/plans/${planId}`);
  const byProgram = await programMap();
  const managing = plan.ownerSuccessorUnitId ?? plan.ownerUnitId;
  const manage = plan.status === 'DRAFT' && (managing ? may('PLANS_MANAGE', managing) : overProvince('PLANS_MANAGE'));
  const factor = plan.quotaRatio.inServicePerConcentrated ?? 1.2;
  const key = (programId, mode) => `${programId}/${mode}`;
  main.innerHTML = `<h2 id="view-title" data-plan="${plan.planId}">${esc(plan.name)} (${plan.year})</h2>${takeFlash()}
    <p><a href="#/plans" id="back-to-plans">‹ ${t('backToPlans')}</a></p>
    <dl class="profile" id="plan-profile">
      <dt>${t('owner')}</dt><dd data-field="owner">${esc(plan.ownerUnitId ? unitName(plan.ownerUnitId) : t('province'))}${plan.ownerNote ? ` <span class="meta">${esc(plan.ownerNote)}</span>` : ''}</dd>
      <dt>${t('planStatus')}</dt><dd data-field="status" id="plan-status" data-status="${plan.status}">${esc(word('PlanStatus', plan.status))}</dd>
      <dt>${t('needsDeadline')}</dt><dd data-field="needsDeadline">${date(plan.needsDeadline)}</dd>
    </dl>
    <section aria-labelledby="ratio-title"><h3 id="ratio-title">${esc(t('ratioTitle', { factor: num(Number(factor)) }))}</h3>
      <div class="ratios">${manage ? '<div id="ratio-live-host"></div>' : ''}${ratioBox('ratio-saved', t('ratioSaved'), plan.quotaRatio)}
        ${ratioBox('ratio-filled', t('ratioFilled'), plan.filledRatio)}</div></section>
    <h3>${t('quotas')}</h3>
    <div class="scroll"><table id="quota-table"><thead><tr><th>${t('program')}</th><th>${t('mode')}</th><th>${t('quota')}</th><th>${t('needed')}</th>
      <th>${t('allocated')}</th><th>${t('filled')}</th></tr></thead><tbody>${plan.lines.map(l => `<tr data-key="${key(l.programId, l.mode)}">
      <td>${esc(programLabel(byProgram, l.programId))}</td><td>${esc(word('StudyMode', l.mode))}</td><td class="num" data-field="quota">${num(l.quota)}</td>
      <td class="num" data-field="needed">${num(l.needed)}</td><td class="num" data-field="allocated">${num(l.allocated)}</td>
      <td class="num" data-field="filled">${num(l.filled)}</td></tr>`).join('') || `<tr><td colspan="6" class="empty">${t('none')}</td></tr>`}</tbody></table></div>
    ${manage ? `<section aria-labelledby="quota-title"><h3 id="quota-title">${t('editQuota')}</h3>
      <form id="quota-form" class="sheet" novalidate>
        <label class="wide">${t('program')}<select name="programId" id="q-program"><option value="">—</option>${[...byProgram.values()]
          .map(p => `<option value="${p.programId}">${esc(p.code)} · ${esc(p.name)}</option>`).join('')}</select></label>
        <label>${t('mode')}<select name="mode" id="q-mode">${wordOptions('StudyMode', 'CONCENTRATED')}</select></label>
        <label>${t('quota')}<input type="number" name="quota" id="q-quota" min="0" inputmode="numeric"></label>
        <fieldset name="allocations" id="q-allocations" class="wide"><legend>${t('allocations')}</legend><div id="q-allocation-rows"></div>
          <button type="button" class="btn2" id="q-add-allocation">${t('addAllocation')}</button></fieldset>
        <div class="actions"><button type="submit" class="btn" id="q-submit">${t('save')}</button></div>
      </form></section>
      <form id="approve-form" class="sheet" novalidate><div class="actions"><button type="submit" class="btn" id="plan-approve">${t('approvePlan')}</button></div></form>`
      : plan.status === 'APPROVED' ? `<p class="notice ok" id="plan-approved-note">${esc(word('PlanStatus', 'APPROVED'))}</p>` : ''}
    <h3>${t('needs')}</h3><p class="meta" id="needs-deadline">${esc(t('needsBy', { date: date(plan.needsDeadline) }))}</p>
    <div class="scroll"><table id="needs-table"><thead><tr><th>${t('unit')}</th><th>${t('program')}</th><th>${t('mode')}</th><th>${t('needed')}</th>
      <th>${t('allocated')}</th></tr></thead><tbody>${plan.units.map(u => `<tr data-key="${u.unitId}/${key(u.programId, u.mode)}">
      <td>${esc(unitName(u.unitId))}</td><td>${esc(programLabel(byProgram, u.programId))}</td><td>${esc(word('StudyMode', u.mode))}</td>
      <td class="num" data-field="needed">${num(u.needed)}</td><td class="num" data-field="allocated">${num(u.allocated)}</td></tr>`).join('')
      || `<tr><td colspan="5" class="empty">${t('none')}</td></tr>`}</tbody></table></div>`;
  if (manage) wirePlan(main, plan, factor);
  return 'plan';
}

function wirePlan(main, plan, factor) {
  const form = main.querySelector('#quota-form');
  const rows = form.querySelector('#q-allocation-rows');
  const program = form.querySelector('#q-program');
  const mode = form.querySelector('#q-mode');
  const quota = form.querySelector('#q-quota');
  const addRow = (unitId = '', seats = '') => {
    const row = document.createElement('div');
    row.className = 'allocation';
    row.innerHTML = `<label>${t('unit')}<select data-role="unit">${unitOptions('PLANS_MANAGE', unitId, { blank: '—' })}</select></label>
      <label>${t('seats')}<input type="number" min="0" data-role="seats" value="${esc(seats)}" inputmode="numeric"></label>
      <button type="button" class="btn2" data-role="remove">${t('remove')}</button>`;
    row.querySelector('[data-role=remove]').addEventListener('click', () => row.remove());
    rows.append(row);
  };
  // Choosing a line that exists fills in its quota and allocations, to be edited.
  const load = () => {
    const line = plan.lines.find(l => l.programId === program.value && l.mode === mode.value);
    quota.value = line ? line.quota : '';
    rows.innerHTML = '';
    plan.units.filter(u => u.programId === program.value && u.mode === mode.value && u.allocated > 0).forEach(u => addRow(u.unitId, u.allocated));
    live();
  };
  // The rule on the quotas as they would be with this line saved: the saved lines, this one replaced.
  const live = () => {
    const quotas = new Map(plan.lines.map(l => [`${l.programId}/${l.mode}`, l.quota]));
    if (program.value && quota.value !== '') quotas.set(`${program.value}/${mode.value}`, Math.max(0, Math.floor(Number(quota.value)) || 0));
    const sum = m => [...quotas].filter(([k]) => k.endsWith('/' + m)).reduce((total, [, q]) => total + q, 0);
    main.querySelector('#ratio-live-host').innerHTML = ratioBox('ratio-live', t('ratioLive'),
      ratioCheck(factor, sum('CONCENTRATED'), sum('IN_SERVICE')));
  };
  program.addEventListener('change', load);
  mode.addEventListener('change', load);
  quota.addEventListener('input', live);
  form.querySelector('#q-add-allocation').addEventListener('click', () => { addRow(); rows.lastElementChild.querySelector('select').focus(); });
  live();
  onSubmit(form, async data => {
    const allocations = [...rows.querySelectorAll('.allocation')].map(r => ({ unitId: r.querySelector('[data-role=unit]').value,
      seats: r.querySelector('[data-role=seats]').value })).filter(a => a.unitId || a.seats !== '')
      .map(a => ({ unitId: a.unitId || null, seats: a.seats === '' ? null : Number(a.seats) }));
    await api(`${ENROLLMENT}/plans/${plan.planId}/quotas`, { method: 'POST', json: { programId: data.programId, mode: data.mode,
      quota: data.quota == null ? null : Number(data.quota), allocations } });
    setFlash(t('quotaSaved'));
    redraw();
  });
  const approve = main.querySelector('#approve-form');
  onSubmit(approve, async () => {
    const approved = await api(`${ENROLLMENT}/plans/${plan.planId}/approve`, { method: 'POST' });
    setFlash(t('planApproved', { name: approved.name }));
    redraw();
  });
}
