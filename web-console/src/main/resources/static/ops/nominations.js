// The unit officer's screens: the unit's needs for the year's plan, nominating the unit's cadres to a class (each
// pick checked for eligibility before anything is sent, each refusal named), and the unit's nominations with the
// unit-stage decision, one by one or in bulk. Also the helpers the approvals and study-plan screens share.
import { t, esc, word, wordOptions, num, date, dateTime } from './i18n.js';
import { api, showProblem, clearProblems, Problem, setFlash, takeFlash } from './api.js';
import { pagedTable } from './table.js';
import { may, go, unitName, unitOptions, unitsWhere, cadreCards } from './app.js';
import { decide } from './approvals.js';

export const ENR = '/enrollment/api/v1';
const REGISTRY = '/registry/api/v1';


/** A problem's name in the language shown: its type's last segment looked up, else the API's own title. */
export function refusalName(problem) {
  const slug = String(problem?.type ?? '').split('/').pop();
  const named = word('Refusal', slug);
  return named && named !== slug ? named : problem?.title ?? slug;
}

// Names come from the registry's directory cards (enrollment keeps no names): the unit's officers read their own
// people's, the training staff anyone's in the province; a cadre out of reach shows a short id.
const names = new Map();
export async function loadNames(ids) {
  if (!may('PERSON_READ') && !may('TRAINING_READ')) return;
  const wanted = [...new Set(ids)].filter(id => id && !names.has(id));
  if (!wanted.length) return;
  const cards = await cadreCards(wanted);
  wanted.forEach(id => names.set(id, cards.card(id)?.fullName ?? null));
}
export const rememberName = (id, name) => names.set(id, name);
export const cadreLabel = id => names.get(id) ?? `#${String(id ?? '').slice(0, 8)}`;

const classes = new Map();
const programs = new Map();
export async function loadClasses(ids) {
  const wanted = [...new Set(ids)].filter(id => id && !classes.has(id));
  await Promise.all(wanted.map(id => api(`${ENR}/classes/${id}`).then(c => classes.set(id, c), () => classes.set(id, null))));
  await loadPrograms([...classes.values()].filter(Boolean).map(c => c.programId));
}
export async function loadPrograms(ids) {
  const wanted = [...new Set(ids)].filter(id => id && !programs.has(id));
  await Promise.all(wanted.map(id => api(`${ENR}/programs/${id}`).then(p => programs.set(id, p), () => programs.set(id, null))));
}
export const rememberClass = c => classes.set(c.classId, c);
export const rememberProgram = p => programs.set(p.programId, p);
export const programLabel = id => programs.get(id) ? `${programs.get(id).code} · ${programs.get(id).name}` : `#${String(id ?? '').slice(0, 8)}`;
export const classLabel = id => {
  const c = classes.get(id);
  return c ? `${c.cohort} · ${programs.get(c.programId)?.name ?? ''}` : `#${String(id ?? '').slice(0, 8)}`;
};

/** A chooser of classes (the first 200, newest plans first as the service orders them): for filters. */
export async function classOptions(selected, blank) {
  const page = await api(`${ENR}/classes?page=0&size=200`);
  page.items.forEach(rememberClass);
  await loadPrograms(page.items.map(c => c.programId));
  return (blank ? `<option value="">${esc(blank)}</option>` : '') + page.items.map(c => `<option value="${c.classId}"${c.classId === selected
    ? ' selected' : ''}>${esc(classLabel(c.classId))} (${esc(word('ClassStatus', c.status))})</option>`).join('');
}


/** Today in the officials' time zone, as the services count deadlines. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

const values = form => {
  const data = {};
  for (const el of form.elements) if (el.name) data[el.name] = el.value.trim() === '' ? null : el.value.trim();
  return data;
};
const redraw = () => window.dispatchEvent(new HashChangeEvent('hashchange'));

// ---- needs ----
export async function needs(main, params) {
  const year = Number(params.get('year') || new Date().getFullYear());
  const plans = (await api(`${ENR}/plans?year=${year}&page=0&size=200`)).items;
  const planId = params.get('plan') || plans[0]?.planId || '';
  const [plan, programPage] = await Promise.all([planId ? api(`${ENR}/plans/${planId}`) : null,
    api(`${ENR}/programs?page=0&size=200`)]);
  programPage.items.forEach(rememberProgram);
  const passed = plan && today() > plan.needsDeadline;
  const mine = (plan?.units ?? []).filter(l => may('NEEDS_REGISTER', l.unitId));
  main.innerHTML = `<h2 id="view-title">${t('needsTitle')}</h2>${takeFlash()}
    <form id="needs-filters" class="filters">
      <label>${t('planYear')}<input type="number" name="year" id="needs-year" min="2000" max="2100" value="${year}"></label>
      <label>${t('plan')}<select name="plan" id="needs-plan">${plans.map(p => `<option value="${p.planId}"${p.planId === planId
        ? ' selected' : ''}>${esc(p.name)} (${esc(word('PlanStatus', p.status))})</option>`).join('')}</select></label>
      <button type="submit" class="btn" id="needs-show">${t('show')}</button>
    </form>
    ${plan ? `<p class="notice${passed ? '' : ' ok'}" id="plan-deadline" data-deadline="${plan.needsDeadline}" data-passed="${!!passed}">
        <strong>${t('deadline')}: ${date(plan.needsDeadline)}.</strong> ${esc(t(passed ? 'deadlinePassed' : 'deadlineOpen', { date: date(plan.needsDeadline) }))}
        ${plan.status === 'APPROVED' ? esc(t('nPlanApproved')) : ''}</p>
      <h3>${t('unitNeeds')}</h3>
      <div class="scroll"><table id="needs-table"><thead><tr><th>${t('unit')}</th><th>${t('program')}</th><th>${t('nMode')}</th>
        <th class="num">${t('needed')}</th><th class="num">${t('nAllocated')}</th></tr></thead><tbody>
        ${mine.length ? mine.map(l => `<tr data-unit="${l.unitId}" data-program="${l.programId}" data-mode="${l.mode}"><td>${esc(unitName(l.unitId))}</td>
          <td>${esc(programLabel(l.programId))}</td><td>${esc(word('StudyMode', l.mode))}</td><td class="num" data-field="needed">${num(l.needed)}</td>
          <td class="num">${num(l.allocated)}</td></tr>`).join('') : `<tr><td colspan="5" class="empty">${t('none')}</td></tr>`}</tbody></table></div>
      <h3>${t('registerNeed')}</h3>
      <form id="need-form" class="sheet" novalidate>
        <label>${t('unit')}<select name="unitId" id="need-unit">${unitOptions('NEEDS_REGISTER', '')}</select></label>
        <label>${t('program')}<select name="programId" id="need-program"><option value="">—</option>${programPage.items.map(p =>
          `<option value="${p.programId}">${esc(programLabel(p.programId))}</option>`).join('')}</select></label>
        <label>${t('nMode')}<select name="mode" id="need-mode">${wordOptions('StudyMode', 'CONCENTRATED')}</select></label>
        <label>${t('needCadres')}<input type="number" name="cadres" id="need-cadres" min="0" max="100000" inputmode="numeric"></label>
        <div class="actions"><button type="submit" class="btn" id="need-submit">${t('registerNeed')}</button></div>
      </form>` : `<p class="empty" id="plan-deadline">${t('noPlan')}</p>`}`;
  const filters = main.querySelector('#needs-filters');
  filters.addEventListener('submit', e => {
    e.preventDefault();
    const changedYear = String(filters.elements.year.value) !== String(year);
    go('needs', new URLSearchParams({ year: filters.elements.year.value, plan: changedYear ? '' : filters.elements.plan.value }));
  });
  filters.querySelector('#needs-plan').addEventListener('change', () => filters.requestSubmit());
  const form = main.querySelector('#need-form');
  form?.addEventListener('submit', async e => {
    e.preventDefault();
    clearProblems(form);
    const data = values(form);
    const button = form.querySelector('#need-submit');
    button.disabled = true;
    try {
      await api(`${ENR}/plans/${planId}/needs`, { method: 'POST', json: { ...data, cadres: data.cadres == null ? null : Number(data.cadres) } });
      setFlash(t('needSaved', { cadres: num(Number(data.cadres)), program: programLabel(data.programId), mode: word('StudyMode', data.mode) }));
      redraw();
    } catch (err) {
      showProblem(form, err);
    } finally {
      button.disabled = false;
    }
  });
  return 'needs';
}

// ---- nominate ----
/** The cadres picked for a class, with what the eligibility check said: kept while the officer pages about. */
const picks = { classId: null, byCadre: new Map() };

export async function nominate(main, params) {
  const classId = params.get('class') ?? '';
  const units = unitsWhere('NOMINATE');
  const unit = params.get('unit') || units[0]?.unitId || '';
  const q = params.get('q') ?? '';
  const cpage = Number(params.get('cpage') ?? 0);
  const ppage = Number(params.get('ppage') ?? 0);
  if (picks.classId !== classId) { picks.classId = classId; picks.byCadre.clear(); }
  const address = changes => {
    const next = new URLSearchParams({ class: classId, unit, q, cpage, ppage });
    Object.entries(changes).forEach(([k, v]) => next.set(k, v));
    go('nominate', next);
  };
  // Only the classes still taking nominations.
  const classPage = await api(`${ENR}/classes?status=SCHEDULED,OPEN&page=${cpage}&size=10`);
  classPage.items.forEach(rememberClass);
  await Promise.all([loadPrograms(classPage.items.map(c => c.programId)), loadClasses([classId])]);
  const chosen = classId ? await api(`${ENR}/classes/${classId}`) : null;
  main.innerHTML = `<h2 id="view-title">${t('nominateTitle')}</h2>${takeFlash()}
    <section aria-labelledby="classes-title"><h3 id="classes-title">${t('chooseClass')}</h3>
      <div id="class-results"></div>
      <p id="chosen-class" data-class="${esc(classId)}">${chosen ? `${t('selectedClass')}: <strong>${esc(classLabel(classId))}</strong> ·
        ${esc(word('StudyMode', chosen.mode))} · ${date(chosen.startDate)} – ${date(chosen.endDate)} · ${t('seatsLeft')}: ${num(chosen.seatsLeft)}`
        : t('noClass')}</p></section>
    <section aria-labelledby="cadres-title"><h3 id="cadres-title">${t('chooseCadres')}</h3>
      <form id="cadre-search" class="filters" role="search">
        <label>${t('unit')}<select name="unit" id="nominate-unit">${unitOptions('NOMINATE', unit)}</select></label>
        <label>${t('searchCadre')}<input type="search" name="q" id="nominate-q" maxlength="120" value="${esc(q)}"></label>
        <button type="submit" class="btn" id="nominate-search">${t('search')}</button>
      </form><div id="cadre-pick-results"><p>${t('loading')}</p></div></section>
    <section aria-labelledby="picked-title"><h3 id="picked-title">${t('picked')}</h3>
      <form id="nominate-form" novalidate><ul id="picked" class="picks"></ul>
        <div class="actions"><button type="submit" class="btn" id="submit-nominations">${t('submitEligible', { count: 0 })}</button></div>
      </form></section>`;
  pagedTable(main.querySelector('#class-results'), {
    id: 'class-table', caption: t('nClassesTitle'), noun: t('classesNoun'), result: classPage, rowKey: c => c.classId,
    columns: [
      { key: 'cohort', label: t('classLabel'), cell: c => esc(classLabel(c.classId)) },
      { key: 'mode', label: t('nMode'), cell: c => esc(word('StudyMode', c.mode)) },
      { key: 'dates', label: t('dates'), cell: c => `${date(c.startDate)} – ${date(c.endDate)}` },
      { key: 'seatsLeft', label: t('seatsLeft'), num: true, cell: c => num(c.seatsLeft) },
      { key: 'status', label: t('status'), cell: c => esc(word('ClassStatus', c.status)) },
      { key: 'pick', label: t('select'), cell: c => `<button type="button" class="btn2" data-pick-class="${c.classId}"
          aria-pressed="${c.classId === classId}">${c.classId === classId ? t('picked1') : t('pick')}</button>` }
    ],
    onPage: page => address({ cpage: page })
  });
  main.querySelectorAll('[data-pick-class]').forEach(b => b.addEventListener('click', () => address({ class: b.dataset.pickClass })));
  const search = main.querySelector('#cadre-search');
  search.addEventListener('submit', e => {
    e.preventDefault();
    address({ unit: search.elements.unit.value, q: search.elements.q.value.trim(), ppage: 0 });
  });
  drawPicks(main, chosen, unit);
  if (unit) {
    const query = new URLSearchParams({ unitId: unit, includeSubunits: true, status: 'ACTIVE', page: ppage, size: 10 });
    if (q) query.set('q', q);
    const people = await api(`${REGISTRY}/cadres?${query}`);
    people.items.forEach(c => rememberName(c.cadreId, c.fullName));
    pagedTable(main.querySelector('#cadre-pick-results'), {
      id: 'cadre-pick-table', caption: t('chooseCadres'), noun: t('cadresNoun'), empty: t('noRows'), result: people, rowKey: c => c.cadreId,
      columns: [
        { key: 'fullName', label: t('fullName'), cell: c => esc(c.fullName) },
        { key: 'birthDate', label: t('birthDate'), cell: c => date(c.birthDate) },
        { key: 'unit', label: t('unit'), cell: c => esc(unitName(c.unitId)) },
        { key: 'position', label: t('position'), cell: c => esc(c.position) },
        { key: 'pick', label: t('select'), cell: c => `<button type="button" class="btn2" data-pick-cadre="${c.cadreId}"
          aria-pressed="${picks.byCadre.has(c.cadreId)}"${chosen ? '' : ' disabled'}>${picks.byCadre.has(c.cadreId) ? t('picked1') : t('pick')}</button>` }
      ],
      onPage: page => address({ ppage: page })
    });
    main.querySelectorAll('[data-pick-cadre]').forEach(b => b.addEventListener('click', () => {
      const id = b.dataset.pickCadre;
      if (picks.byCadre.has(id)) picks.byCadre.delete(id);
      else check(main, chosen, unit, id);
      b.setAttribute('aria-pressed', String(picks.byCadre.has(id)));
      b.textContent = picks.byCadre.has(id) ? t('picked1') : t('pick');
      drawPicks(main, chosen, unit);
    }));
  } else {
    main.querySelector('#cadre-pick-results').innerHTML = `<p class="empty">${t('noRows')}</p>`;
  }
  main.querySelector('#nominate-form').addEventListener('submit', e => { e.preventDefault(); submitPicks(main, chosen, unit); });
  return 'nominate';
}

/** Asks the service whether the pick may go, before anything is sent: writes nothing. */
async function check(main, chosen, unit, cadreId) {
  const pick = { state: 'checking' };
  picks.byCadre.set(cadreId, pick);
  try {
    const answer = await api(`${ENR}/nominations/eligibility?${new URLSearchParams({ cadreId, classId: chosen.classId, unitId: unit })}`);
    Object.assign(pick, { state: 'checked', answer });
  } catch (err) {
    Object.assign(pick, { state: 'failed', problem: err instanceof Problem ? err.body : { detail: err.message } });
  }
  if (picks.byCadre.get(cadreId) === pick) drawPicks(main, chosen, unit);
}

const eligibleNow = () => [...picks.byCadre.entries()].filter(([, p]) => p.state === 'checked' && p.answer.eligible);

function drawPicks(main, chosen, unit) {
  const host = main.querySelector('#picked');
  if (!host) return;
  const refusals = list => `<ul class="refusals">${list.map(r => `<li data-type="${esc(String(r.type ?? '').split('/').pop())}"
      data-field="${esc(r.field ?? '')}"><strong class="refusal-name">${esc(refusalName(r))}</strong>: <span class="refusal-detail">${esc(r.detail)}</span></li>`).join('')}</ul>`;
  host.innerHTML = picks.byCadre.size ? [...picks.byCadre.entries()].map(([id, p]) => {
    let verdict;
    if (p.state === 'checking') verdict = `<span class="verdict" data-verdict="checking">${t('checkingEligibility')}</span>`;
    else if (p.state === 'nominated') verdict = `<span class="verdict ok" data-verdict="nominated">${t('nominatedOne')}</span>`;
    else if (p.state === 'failed') verdict = `<span class="verdict bad" data-verdict="refused">${t('nominateFailed')}</span>${refusals([p.problem])}`;
    else if (p.answer.eligible) verdict = `<span class="verdict ok" data-verdict="${p.answer.wouldWaitlist ? 'waitlist' : 'eligible'}">${
      t(p.answer.wouldWaitlist ? 'wouldWaitlist' : 'eligible')}</span>`;
    else verdict = `<span class="verdict bad" data-verdict="refused">${t('notEligible')}</span>${refusals(p.answer.refusals ?? [])}`;
    return `<li data-cadre="${id}" data-state="${p.state}"><strong>${esc(cadreLabel(id))}</strong> ${verdict}
      ${p.state === 'nominated' ? '' : `<button type="button" class="btn2" data-unpick="${id}">${t('unpick')}</button>`}</li>`;
  }).join('') : `<li class="empty">${t('noPicks')}</li>`;
  host.querySelectorAll('[data-unpick]').forEach(b => b.addEventListener('click', () => {
    picks.byCadre.delete(b.dataset.unpick);
    const row = main.querySelector(`[data-pick-cadre="${b.dataset.unpick}"]`);
    if (row) { row.setAttribute('aria-pressed', 'false'); row.textContent = t('pick'); }
    drawPicks(main, chosen, unit);
  }));
  const button = main.querySelector('#submit-nominations');
  const count = eligibleNow().length;
  button.textContent = t('submitEligible', { count: num(count) });
  button.disabled = !chosen || count === 0;
}

/** Sends the eligible picks only, one nomination each; each answer lands beside its cadre. */
async function submitPicks(main, chosen, unit) {
  const form = main.querySelector('#nominate-form');
  clearProblems(form);
  const sending = eligibleNow();
  if (!sending.length) return;
  main.querySelector('#submit-nominations').disabled = true;
  let done = 0;
  for (const [cadreId, pick] of sending) {
    try {
      const answer = await api(`${ENR}/nominations`, { method: 'POST', json: { cadreId, classId: chosen.classId, unitId: unit } });
      Object.assign(pick, { state: 'nominated', nomination: answer });
      done++;
    } catch (err) {
      Object.assign(pick, { state: 'failed', problem: err instanceof Problem ? err.body : { detail: err.message } });
    }
  }
  drawPicks(main, chosen, unit);
  const note = document.createElement('p');
  note.className = 'notice ok';
  note.id = 'flash';
  note.setAttribute('role', 'status');
  note.textContent = t('nominated', { count: num(done), cls: classLabel(chosen.classId) });
  main.querySelector('#flash')?.remove();
  form.prepend(note);
}

// ---- the unit's nominations ----
const chosenIds = new Set();

export async function list(main, params) {
  const deciding = may('UNIT_APPROVAL');
  const permission = deciding ? 'UNIT_APPROVAL' : 'NOMINATE';
  const f = { unit: params.get('unit') || unitsWhere(permission)[0]?.unitId || '', sub: params.get('sub') ?? '1',
    status: params.get('status') ?? '', cls: params.get('class') ?? '', page: Number(params.get('page') ?? 0) };
  main.innerHTML = `<h2 id="view-title">${t('nominationsTitle')}</h2>${takeFlash()}
    <form id="nomination-filters" class="filters" role="search">
      <label>${t('unit')}<select name="unit" id="nominations-unit">${unitOptions(permission, f.unit)}</select></label>
      <label class="check"><input type="checkbox" name="sub" id="nominations-sub" value="1"${f.sub === '1' ? ' checked' : ''}>${t('subunits')}</label>
      <label>${t('status')}<select name="status" id="nominations-status">${wordOptions('NominationStatus', f.status, t('all'))}</select></label>
      <label>${t('classLabel')}<select name="class" id="nominations-class">${await classOptions(f.cls, t('allClasses'))}</select></label>
      <button type="submit" class="btn" id="nominations-apply">${t('filter')}</button>
    </form>
    ${deciding ? decisionForm('UNIT') : ''}
    <div id="decision-host"></div>
    <div id="nomination-results"><p>${t('loading')}</p></div>`;
  const filters = main.querySelector('#nomination-filters');
  filters.addEventListener('submit', e => {
    e.preventDefault();
    chosenIds.clear();
    go('nominations', new URLSearchParams({ unit: filters.elements.unit.value, sub: filters.elements.sub.checked ? '1' : '0',
      status: filters.elements.status.value, class: filters.elements.class.value }));
  });
  const load = async () => {
    const query = new URLSearchParams({ unitId: f.unit, includeSubunits: f.sub === '1', page: f.page, size: 20 });
    if (f.status) query.set('status', f.status);
    if (f.cls) query.set('classId', f.cls);
    const result = await api(`${ENR}/nominations?${query}`);
    await Promise.all([loadNames(result.items.map(n => n.cadreId)), loadClasses(result.items.map(n => n.classId))]);
    const decidable = n => n.status === 'PENDING_UNIT' && may('UNIT_APPROVAL', n.unitId);
    nominationTable(main.querySelector('#nomination-results'), result, {
      id: 'nomination-table', noun: t('nominationsNoun'), selectable: deciding ? decidable : null,
      actions: n => decidable(n) ? `<button type="button" class="btn2" data-approve="${n.nominationId}">${t('approve')}</button>
        <button type="button" class="btn2" data-reject="${n.nominationId}">${t('reject')}</button>` : '',
      onPage: page => go('nominations', new URLSearchParams({ unit: f.unit, sub: f.sub, status: f.status, class: f.cls, page }))
    });
    main.querySelectorAll('[data-approve], [data-reject]').forEach(b => b.addEventListener('click', () => decideOne(main, b, load)));
  };
  if (deciding) wireDecisions(main, 'UNIT', load);
  await load();
  return 'nominations';
}

/** The reason and the bulk buttons for a stage; the page's selection is what they act on. */
export function decisionForm(stage) {
  return `<form id="decision-form" class="filters" data-stage="${stage}" novalidate>
    <label>${t('decisionReason')}<input name="reason" id="decision-reason" maxlength="500"></label>
    <span id="selected-count" data-count="${chosenIds.size}" aria-live="polite">${t('selectedCount', { count: num(chosenIds.size) })}</span>
    <button type="button" class="btn" id="bulk-approve" data-stage="${stage}">${t('approveSelected')}</button>
    <button type="button" class="btn2" id="bulk-reject" data-stage="${stage}">${t('rejectSelected')}</button>
  </form>`;
}

export function wireDecisions(main, stage, reload) {
  const form = main.querySelector('#decision-form');
  const run = async decision => {
    clearProblems(form);
    const ids = [...chosenIds];
    if (!ids.length) { showProblem(form, new Error(t('chooseSome'))); return; }
    form.querySelectorAll('button').forEach(b => { b.disabled = true; });
    try {
      const results = await decide(main.querySelector('#decision-host'), form, { stage, decision, reason: form.elements.reason.value.trim() || null, ids });
      if (results) { chosenIds.clear(); await reload(); updateCount(main); }
    } finally {
      form.querySelectorAll('button').forEach(b => { b.disabled = false; });
    }
  };
  form.querySelector('#bulk-approve').addEventListener('click', () => run('APPROVE'));
  form.querySelector('#bulk-reject').addEventListener('click', () => run('REJECT'));
}

function updateCount(main) {
  const count = main.querySelector('#selected-count');
  if (count) { count.dataset.count = chosenIds.size; count.textContent = t('selectedCount', { count: num(chosenIds.size) }); }
}

/** The nominations lists have shown: a refused decision answers no nomination, the list's row still names it. */
export const seenNominations = new Map();

/** A page of nominations, with a selection column when {@code selectable} says which rows may be decided. */
export function nominationTable(host, result, { id, selectable, actions, onPage, province, noun }) {
  result.items.forEach(n => seenNominations.set(n.nominationId, n));
  const columns = [];
  if (selectable) {
    columns.push({ key: 'select', label: t('select'), cell: n => selectable(n) ? `<input type="checkbox" class="pick-row" data-id="${n.nominationId}"
      aria-label="${esc(t('select'))} ${esc(cadreLabel(n.cadreId))}"${chosenIds.has(n.nominationId) ? ' checked' : ''}>` : '' });
  }
  columns.push(
    { key: 'cadre', label: t('cadre'), cell: n => esc(cadreLabel(n.cadreId)) },
    { key: 'class', label: t('classLabel'), cell: n => esc(classLabel(n.classId)) },
    { key: 'unit', label: t('unit'), cell: n => esc(unitName(n.unitId)) },
    { key: 'status', label: t('status'), cell: n => `<span data-status="${n.status}">${esc(word('NominationStatus', n.status))}</span>` },
    { key: 'waitlist', label: t('waitlistPosition'), num: true, cell: n => n.waitlistPosition == null ? '' : num(n.waitlistPosition) },
    { key: 'nominatedAt', label: t('nNominatedAt'), cell: n => dateTime(n.nominatedAt) },
    { key: 'reason', label: t('reason'), cell: n => esc(n.reason ?? '') });
  if (actions) columns.push({ key: 'actions', label: t('action'), cell: actions });
  pagedTable(host, { id, caption: t(province ? 'approvalsTitle' : 'nominationsTitle'), noun, result, rowKey: n => n.nominationId, columns, onPage });
  if (selectable) {
    const boxes = [...host.querySelectorAll('.pick-row')];
    const table = host.querySelector('table');
    const head = table.querySelector('thead th');
    head.innerHTML = `<label class="check"><input type="checkbox" id="select-page"${boxes.length && boxes.every(b => b.checked) ? ' checked' : ''}
      ${boxes.length ? '' : ' disabled'}>${t('selectAll')}</label>`;
    const main = host.closest('main');
    boxes.forEach(b => b.addEventListener('change', () => {
      if (b.checked) chosenIds.add(b.dataset.id); else chosenIds.delete(b.dataset.id);
      updateCount(main);
    }));
    head.querySelector('#select-page').addEventListener('change', e => {
      boxes.forEach(b => { b.checked = e.target.checked; b.dispatchEvent(new Event('change')); });
    });
  }
}

/** One decision at the unit stage: the reason field serves a rejection; the API's answer lands beside it. */
async function decideOne(main, button, reload) {
  const form = main.querySelector('#decision-form');
  clearProblems(form);
  const approve = button.dataset.approve;
  const id = approve ?? button.dataset.reject;
  const row = button.closest('tr');
  const name = row?.querySelector('[data-field=cadre]')?.textContent ?? '';
  button.disabled = true;
  try {
    if (approve) await api(`${ENR}/nominations/${id}/approve`, { method: 'POST', json: { stage: 'UNIT' } });
    else await api(`${ENR}/nominations/${id}/reject`, { method: 'POST', json: { stage: 'UNIT', reason: form.elements.reason.value.trim() || null } });
    chosenIds.delete(id);
    setFlash(t(approve ? 'approvedOne' : 'rejectedOne', { name }));
    redraw();
  } catch (err) {
    showProblem(form, err);
    button.disabled = false;
  }
}
