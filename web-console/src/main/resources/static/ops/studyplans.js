// Individual study plans: a cadre's plans (ladder, target level, year, the official who follows it) with a form to add
// one, and the plans a given official follows. A cadre is chosen through the registry's search, for those who may
// read people there; others give the cadre's id.
import { t, esc, word, words, date, num } from './i18n.js';
import { api, showProblem, clearProblems } from './api.js';
import { pagedTable } from './table.js';
import { may, go, unitName } from './app.js';
import { ENR, takeFlash, setFlash, loadNames, cadreLabel, rememberName } from './nominations.js';

const REGISTRY = '/registry/api/v1';
const LADDERS = ['POLITICAL_THEORY', 'PROFESSIONAL', 'STATE_MANAGEMENT'];
const list = r => Array.isArray(r) ? r : r?.items ?? [];
const levelOptions = ladder => words(ladder).filter(([k]) => k !== 'NONE').map(([k, v]) => `<option value="${k}">${esc(v)}</option>`).join('');

export async function screen(main, params) {
  const cadre = params.get('cadre');
  const monitor = params.get('monitor');
  if (monitor) return monitored(main, monitor);
  if (cadre) return ofCadre(main, cadre);
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
      id: 'sp-cadre-table', caption: t('chooseCadre'), result, rowKey: c => c.cadreId,
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

const planRows = (plans, withCadre) => plans.length ? plans.map(p => `<tr data-key="${p.id}" data-cadre="${p.cadreId}" data-monitor="${p.monitorCadreId}">
    ${withCadre ? `<td><a href="#/study-plans?cadre=${p.cadreId}">${esc(cadreLabel(p.cadreId))}</a></td>` : ''}
    <td data-field="ladder">${esc(word('Ladder', p.ladder))}</td><td data-field="targetLevel">${esc(word(p.ladder, p.targetLevel))}</td>
    <td class="num" data-field="targetYear">${p.targetYear}</td>
    <td data-field="monitor"><a href="#/study-plans?monitor=${p.monitorCadreId}">${esc(cadreLabel(p.monitorCadreId))}</a></td>
    <td>${date(p.createdAt)}</td></tr>`).join('')
  : `<tr><td colspan="${withCadre ? 6 : 5}" class="empty">${t('noStudyPlans')}</td></tr>`;

const planHead = withCadre => `<thead><tr>${withCadre ? `<th>${t('planCadre')}</th>` : ''}<th>${t('ladder')}</th><th>${t('targetLevel')}</th>
  <th class="num">${t('targetYear')}</th><th>${t('monitor')}</th><th>${t('createdAt')}</th></tr></thead>`;

async function ofCadre(main, cadreId) {
  const [plans, replica] = await Promise.all([api(`${ENR}/study-plans?cadreId=${encodeURIComponent(cadreId)}`).then(list),
    api(`${ENR}/cadres/${encodeURIComponent(cadreId)}`).catch(() => null)]);
  const own = plans.filter(p => p.cadreId === cadreId);
  await loadNames([cadreId, ...own.map(p => p.monitorCadreId)]);
  const name = cadreLabel(cadreId);
  const writable = may('PLANS_MANAGE') || (replica && may('NEEDS_REGISTER', replica.unitId));
  const year = new Date().getFullYear();
  main.innerHTML = `<h2 id="view-title" data-cadre="${esc(cadreId)}">${esc(t('studyPlansOf', { name }))}</h2>${takeFlash()}
    <p><a href="#/study-plans" id="sp-back">‹ ${t('chooseCadre')}</a>${may('PERSON_READ') ? ` · <a href="#/cadres/${esc(cadreId)}">${t('profile')}</a>` : ''}
      · <a href="#/study-plans?monitor=${esc(cadreId)}" id="sp-monitored-link">${t('monitoredList')}</a></p>
    <div class="scroll"><table id="study-plan-table">${planHead(false)}<tbody>${planRows(own, false)}</tbody></table></div>
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

async function monitored(main, monitorId) {
  const plans = await api(`${ENR}/study-plans?monitorCadreId=${encodeURIComponent(monitorId)}`).then(list);
  const followed = plans.filter(p => p.monitorCadreId === monitorId);
  await loadNames([monitorId, ...followed.map(p => p.cadreId)]);
  main.innerHTML = `<h2 id="view-title" data-monitor="${esc(monitorId)}">${esc(t('monitoredBy', { name: cadreLabel(monitorId) }))}</h2>
    <p><a href="#/study-plans" id="sp-back">‹ ${t('chooseCadre')}</a> · <a href="#/study-plans?cadre=${esc(monitorId)}">${esc(t('studyPlansOf',
      { name: cadreLabel(monitorId) }))}</a> · <span id="monitored-count" data-count="${followed.length}">${num(followed.length)}</span></p>
    <div class="scroll"><table id="monitored-table">${planHead(true)}<tbody>${planRows(followed, true)}</tbody></table></div>`;
  return 'study-plans-monitored';
}
