// Individual study plans: a cadre's plans (ladder, target level, year, the official who follows it) with a form to add
// one, and the plans a given official follows. A cadre is chosen through the registry's search, for those who may
// read people there; others give the cadre's id.
import { t, esc, word, words, date } from './i18n.js';
import { api, showProblem, clearProblems, setFlash, takeFlash } from './api.js';
import { pagedTable } from './table.js';
import { may, go, unitName } from './app.js';
import { ENR, loadNames, cadreLabel, rememberName } from './nominations.js';

const REGISTRY = '/registry/api/v1';
const LADDERS = ['POLITICAL_THEORY', 'PROFESSIONAL', 'STATE_MANAGEMENT'];
const PAGE = 20;
const levelOptions = ladder => words(ladder).filter(([k]) => k !== 'NONE').map(([k, v]) => `<option value="${k}">${esc(v)}</option>`).join('');

export async function screen(main, params) {
  const cadre = params.get('cadre');
  const monitor = params.get('monitor');
  const page = Number(params.get('page') ?? 0);
  if (monitor) return monitored(main, monitor, page);
  if (cadre) return ofCadre(main, cadre, page);
  return chooser(main, params);
}

/** Whom to look at: a name search in the registry, or an id. */
async function chooser(main, params) {
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? 0);
  const byName = may('PERSON_READ');
  main.innerHTML = `<h2 id="view-title">${t('studyPlansTitle')}</h2>${takeFlash()}
    <form id="study-plan-chooser" class="filters" role="search">
      ${byName ? `<label>${t('searchCadre')}<input type="search" name="q" id="sp-q" maxlength="120" value="${esc(q)}"></label>`
        : `<label>${t('cadreId')}<input name="cadre" id="sp-cadre-id" maxlength="36"></label>`}
      <button type="submit" class="btn" id="sp-choose">${byName ? t('search') : t('show')}</button>
    </form><div id="sp-cadres"></div>`;
  const form = main.querySelector('#study-plan-chooser');
  form.addEventListener('submit', e => {
    e.preventDefault();
    if (byName) go('study-plans', new URLSearchParams({ q: form.elements.q.value.trim() }));
    else go('study-plans', new URLSearchParams({ cadre: form.elements.cadre.value.trim() }));
  });
  if (byName) {
    const query = new URLSearchParams({ page, size: 20, status: 'ACTIVE' });
    if (q) query.set('q', q);
    const result = await api(`${REGISTRY}/cadres?${query}`);
    pagedTable(main.querySelector('#sp-cadres'), {
      id: 'sp-cadre-table', caption: t('chooseCadre'), noun: t('cadresNoun'), empty: t('noRows'), result, rowKey: c => c.cadreId,
      columns: [
        { key: 'fullName', label: t('fullName'), cell: c => `<a href="#/study-plans?cadre=${c.cadreId}" data-cadre="${c.cadreId}">${esc(c.fullName)}</a>` },
        { key: 'unit', label: t('unit'), cell: c => esc(unitName(c.unitId)) },
        { key: 'position', label: t('position'), cell: c => esc(c.position) },
        { key: 'monitor', label: t('monitoredList'), cell: c => `<a href="#/study-plans?monitor=${c.cadreId}">${t('show')}</a>` }
      ],
      onPage: next => go('study-plans', new URLSearchParams({ q, page: next }))
    });
  }
  return 'study-plans';
}

/** The plans as a server-paged table: the cadre's own, or those an official follows (with the cadre's name). */
function planTable(host, id, result, withCadre, onPage) {
  const columns = [];
  if (withCadre) columns.push({ key: 'cadre', label: t('planCadre'), cell: p => `<a href="#/study-plans?cadre=${p.cadreId}">${esc(cadreLabel(p.cadreId))}</a>` });
  columns.push(
    { key: 'ladder', label: t('ladder'), cell: p => esc(word('Ladder', p.ladder)) },
    { key: 'targetLevel', label: t('targetLevel'), cell: p => esc(word(p.ladder, p.targetLevel)) },
    { key: 'targetYear', label: t('targetYear'), num: true, cell: p => String(p.targetYear) },
    { key: 'monitor', label: t('monitor'), cell: p => `<a href="#/study-plans?monitor=${p.monitorCadreId}">${esc(cadreLabel(p.monitorCadreId))}</a>` },
    { key: 'createdAt', label: t('createdAt'), cell: p => date(p.createdAt) });
  pagedTable(host, { id, caption: t('studyPlansTitle'), noun: t('studyPlansNoun'), result, rowKey: p => p.id, columns, onPage });
}

async function ofCadre(main, cadreId, page) {
  const [result, replica] = await Promise.all([api(`${ENR}/study-plans?cadreId=${encodeURIComponent(cadreId)}&page=${page}&size=${PAGE}`),
    api(`${ENR}/cadres/${encodeURIComponent(cadreId)}`).catch(() => null)]);
  await loadNames([cadreId, ...result.items.flatMap(p => [p.cadreId, p.monitorCadreId])]);
  const name = cadreLabel(cadreId);
  const writable = may('PLANS_MANAGE') || (replica && may('NEEDS_REGISTER', replica.unitId));
  const year = new Date().getFullYear();
  main.innerHTML = `<h2 id="view-title" data-cadre="${esc(cadreId)}">${esc(t('studyPlansOf', { name }))}</h2>${takeFlash()}
    <p><a href="#/study-plans" id="sp-back">‹ ${t('chooseCadre')}</a>${may('PERSON_READ') ? ` · <a href="#/cadres/${esc(cadreId)}">${t('profile')}</a>` : ''}
      · <a href="#/study-plans?monitor=${esc(cadreId)}" id="sp-monitored-link">${t('monitoredList')}</a></p>
    <div id="study-plan-results"></div>
    ${writable ? `<h3>${t('newStudyPlan')}</h3>
    <form id="study-plan-form" class="sheet" novalidate>
      <label>${t('ladder')}<select name="ladder" id="sp-ladder">${LADDERS.map(l => `<option value="${l}">${esc(word('Ladder', l))}</option>`).join('')}</select></label>
      <label>${t('targetLevel')}<select name="targetLevel" id="sp-level">${levelOptions(LADDERS[0])}</select></label>
      <label>${t('targetYear')}<input type="number" name="targetYear" id="sp-year" min="2000" max="2100" value="${year + 1}"></label>
      ${may('PERSON_READ') ? `<label>${t('monitorSearch')}<span class="inline"><input type="search" id="sp-monitor-q" maxlength="120">
          <button type="button" class="btn2" id="sp-monitor-search">${t('search')}</button></span></label>
        <label>${t('monitor')}<select name="monitorCadreId" id="sp-monitor"><option value="">—</option></select></label>`
        : `<label>${t('monitorId')}<input name="monitorCadreId" id="sp-monitor" maxlength="36"></label>`}
      <div class="actions"><button type="submit" class="btn" id="sp-submit">${t('createPlan')}</button></div>
    </form>` : ''}`;
  // The cadre's own plans, and those they follow, as the service lists them for cadreId.
  planTable(main.querySelector('#study-plan-results'), 'study-plan-table', result, true,
    next => go('study-plans', new URLSearchParams({ cadre: cadreId, page: next })));
  const form = main.querySelector('#study-plan-form');
  if (!form) return 'study-plan';
  form.querySelector('#sp-ladder').addEventListener('change', e => { form.querySelector('#sp-level').innerHTML = levelOptions(e.target.value); });
  form.querySelector('#sp-monitor-search')?.addEventListener('click', async () => {
    const q = form.querySelector('#sp-monitor-q').value.trim();
    const query = new URLSearchParams({ page: 0, size: 20, status: 'ACTIVE' });
    if (q) query.set('q', q);
    const found = await api(`${REGISTRY}/cadres?${query}`);
    found.items.forEach(c => rememberName(c.cadreId, c.fullName));
    form.querySelector('#sp-monitor').innerHTML = `<option value="">—</option>` + found.items.map(c =>
      `<option value="${c.cadreId}">${esc(c.fullName)} · ${esc(unitName(c.unitId))}</option>`).join('');
    form.querySelector('#sp-monitor').focus();
  });
  form.querySelector('#sp-monitor-q')?.addEventListener('keydown', e => {
    if (e.key === 'Enter') { e.preventDefault(); form.querySelector('#sp-monitor-search').click(); }
  });
  form.addEventListener('submit', async e => {
    e.preventDefault();
    clearProblems(form);
    const data = {};
    for (const el of form.elements) if (el.name) data[el.name] = el.value.trim() === '' ? null : el.value.trim();
    const button = form.querySelector('#sp-submit');
    button.disabled = true;
    try {
      await api(`${ENR}/study-plans`, { method: 'POST', json: { ...data, cadreId, targetYear: data.targetYear == null ? null : Number(data.targetYear) } });
      setFlash(t('studyPlanSaved', { name }));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (err) {
      showProblem(form, err);
    } finally {
      button.disabled = false;
    }
  });
  return 'study-plan';
}

async function monitored(main, monitorId, page) {
  const result = await api(`${ENR}/study-plans?monitorCadreId=${encodeURIComponent(monitorId)}&page=${page}&size=${PAGE}`);
  await loadNames([monitorId, ...result.items.map(p => p.cadreId)]);
  main.innerHTML = `<h2 id="view-title" data-monitor="${esc(monitorId)}">${esc(t('monitoredBy', { name: cadreLabel(monitorId) }))}</h2>
    <p><a href="#/study-plans" id="sp-back">‹ ${t('chooseCadre')}</a> · <a href="#/study-plans?cadre=${esc(monitorId)}">${esc(t('studyPlansOf',
      { name: cadreLabel(monitorId) }))}</a></p>
    <div id="monitored-results"></div>`;
  planTable(main.querySelector('#monitored-results'), 'monitored-table', result, true,
    next => go('study-plans', new URLSearchParams({ monitor: monitorId, page: next })));
  return 'study-plans-monitored';
}
