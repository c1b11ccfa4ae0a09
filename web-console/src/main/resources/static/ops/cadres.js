// The personnel officer's screens: the cadre list (paged and filtered by the registry), a cadre's page with its
// history and qualifications, the register/edit form, and transfer, departure and a manual qualification.
import { t, esc, word, words, wordOptions, date, dateTime, ETHNICITIES } from './i18n.js';
import { api, showProblem, clearProblems, setFlash, takeFlash } from './api.js';
import { pagedTable } from './table.js';
import { ctx, may, go, unitName, unitOptions, unitsWhere } from './app.js';

const REGISTRY = '/registry/api/v1';
const LADDERS = ['POLITICAL_THEORY', 'PROFESSIONAL', 'STATE_MANAGEMENT'];


// ---- the list ----
export async function list(main, params) {
  const readable = unitsWhere('PERSON_READ');
  const unit = params.get('unit') ?? readable[0]?.unitId ?? '';
  const sub = params.get('sub') ?? '1';
  const filters = { unit, sub, tier: params.get('tier') ?? '', status: params.get('status') ?? '', q: params.get('q') ?? '',
    ladder: params.get('ladder') ?? '', level: params.get('level') ?? '', levelMatch: params.get('levelMatch') ?? 'EXACT',
    committee: params.get('committee') ?? '', page: Number(params.get('page') ?? 0), size: Number(params.get('size') ?? 20) };
  const query = new URLSearchParams({ page: filters.page, size: filters.size, includeSubunits: filters.sub === '1' });
  if (filters.unit) query.set('unitId', filters.unit);
  for (const k of ['tier', 'status', 'q', 'committee']) if (filters[k]) query.set(k, filters[k]);
  // A level is searched on its ladder, and compared as the officer chose: exactly, at least, or below it.
  if (filters.ladder && filters.level) {
    query.set('ladder', filters.ladder);
    query.set('level', filters.level);
    query.set('levelMatch', filters.levelMatch);
  }
  main.innerHTML = `<h2 id="view-title">${t('cadres')}</h2>${takeFlash()}
    <form id="cadre-filters" class="filters" role="search">
      <label>${t('unit')}<select name="unit" id="filter-unit">${unitOptions('PERSON_READ', filters.unit)}</select></label>
      <label class="check"><input type="checkbox" name="sub" id="filter-sub" value="1"${filters.sub === '1' ? ' checked' : ''}>${t('subunits')}</label>
      <label>${t('tier')}<select name="tier" id="filter-tier">${wordOptions('ManagementTier', filters.tier, t('all'))}</select></label>
      <label>${t('status')}<select name="status" id="filter-status">${wordOptions('CadreStatus', filters.status, t('all'))}</select></label>
      <label>${t('ladderFilter')}<select name="ladder" id="filter-ladder">${wordOptions('Ladder', filters.ladder, t('all'))}</select></label>
      <label>${t('levelMatch')}<select name="levelMatch" id="filter-levelMatch">${wordOptions('LevelMatch', filters.levelMatch)}</select></label>
      <label>${t('level')}<select name="level" id="filter-level">${filters.ladder ? wordOptions(filters.ladder, filters.level, t('all')) : `<option value="">${esc(t('all'))}</option>`}</select></label>
      <label>${t('committee')}<select name="committee" id="filter-committee">${wordOptions('Committee', filters.committee, t('all'))}</select></label>
      <label>${t('text')}<input type="search" name="q" id="filter-q" maxlength="120" value="${esc(filters.q)}"></label>
      <button type="submit" class="btn" id="filter-apply">${t('filter')}</button>
      ${may('REGISTER_WRITE') ? `<a class="btn2" href="#/cadres/new" id="register-link">${t('register')}</a>` : ''}
    </form><div id="cadre-results"><p>${t('loading')}</p></div>`;
  const form = main.querySelector('#cadre-filters');
  // Each ladder has its own levels: the level chooser follows the ladder chosen.
  form.querySelector('#filter-ladder').addEventListener('change', e => {
    form.querySelector('#filter-level').innerHTML = e.target.value ? wordOptions(e.target.value, '', t('all')) : `<option value="">${esc(t('all'))}</option>`;
  });
  form.addEventListener('submit', e => {
    e.preventDefault();
    const data = new FormData(form);
    go('cadres', new URLSearchParams({ unit: data.get('unit') ?? '', sub: data.get('sub') ? '1' : '0', tier: data.get('tier'),
      status: data.get('status'), ladder: data.get('ladder'), level: data.get('level'), levelMatch: data.get('levelMatch'),
      committee: data.get('committee'), q: data.get('q').trim(), size: filters.size }));
  });
  const result = await api(`${REGISTRY}/cadres?${query}`);
  pagedTable(main.querySelector('#cadre-results'), {
    id: 'cadre-table', caption: t('cadres'), noun: t('cadresNoun'), empty: t('noRows'), result, rowKey: c => c.cadreId,
    columns: [
      { key: 'fullName', label: t('fullName'), cell: c => `<a href="#/cadres/${c.cadreId}" data-cadre="${c.cadreId}">${esc(c.fullName)}</a>` },
      { key: 'birthDate', label: t('birthDate'), cell: c => date(c.birthDate) },
      { key: 'gender', label: t('gender'), cell: c => esc(word('Gender', c.gender)) },
      { key: 'unit', label: t('unit'), cell: c => esc(unitName(c.unitId)) },
      { key: 'position', label: t('position'), cell: c => esc(c.position) },
      { key: 'tier', label: t('tier'), cell: c => esc(word('ManagementTier', c.managementTier)) },
      { key: 'status', label: t('status'), cell: c => esc(word('CadreStatus', c.status)) }
    ],
    onPage: page => {
      const next = new URLSearchParams(location.hash.split('?')[1] ?? '');
      next.set('page', page);
      go('cadres', next);
    }
  });
  return 'cadres';
}

// ---- a cadre's page ----
export async function page(main, cadreId) {
  const [cadre, history] = await Promise.all([api(`${REGISTRY}/cadres/${cadreId}`), api(`${REGISTRY}/cadres/${cadreId}/history`)]);
  const writable = may('REGISTER_WRITE', cadre.unitId) && cadre.status === 'ACTIVE';
  const row = (label, value, field) => `<dt>${label}</dt><dd data-field="${field}">${value || '–'}</dd>`;
  const levels = LADDERS.map(l => `<li data-ladder="${l}">${esc(word('Ladder', l))}: <strong>${esc(word(l, levelOf(cadre.levels, l)))}</strong></li>`).join('');
  main.innerHTML = `<h2 id="view-title" data-cadre="${cadre.cadreId}">${esc(cadre.fullName)}</h2>${takeFlash()}
    <p><a href="#/cadres" id="back-to-list">‹ ${t('back')}</a>${writable && !cadre.masked.length
      ? ` · <a href="#/cadres/${cadre.cadreId}/edit" id="edit-cadre">${t('edit')}</a>` : ''}${may('TRAINING_READ') || may('PERSON_READ')
      ? ` · <a href="#/study-plans?cadre=${cadre.cadreId}" id="study-plans-link">${t('navStudyPlans')}</a>` : ''}</p>
    <dl class="profile" id="cadre-profile">
      ${row(t('nationalId'), esc(cadre.nationalId), 'nationalId')}
      ${row(t('birthDate'), date(cadre.birthDate), 'birthDate')}
      ${row(t('gender'), esc(word('Gender', cadre.gender)), 'gender')}
      ${row(t('ethnicity'), esc(ETHNICITIES[cadre.ethnicity] ?? ''), 'ethnicity')}
      ${row(t('unit'), esc(unitName(cadre.unitId)), 'unit')}
      ${row(t('position'), esc(cadre.position), 'position')}
      ${row(t('rank'), esc(word('CivilServiceRank', cadre.rank)), 'rank')}
      ${row(t('tier'), esc(word('ManagementTier', cadre.managementTier)), 'tier')}
      ${row(t('status'), esc(word('CadreStatus', cadre.status)) + (cadre.departedOn ? ` (${date(cadre.departedOn)})` : ''), 'status')}
      ${row(t('servingSince'), date(cadre.servingSince), 'servingSince')}
    </dl>
    ${cadre.masked.length ? `<p class="meta">${t('masked')}: ${esc(cadre.masked.join(', '))}</p>` : ''}
    <h3>${t('levels')}</h3><ul id="cadre-levels">${levels}</ul>
    <h3>${t('qualifications')}</h3>
    <div class="scroll"><table id="qualification-table"><thead><tr><th>${t('ladder')}</th><th>${t('level')}</th><th>${t('fieldOfStudy')}</th>
      <th>${t('institution')}</th><th>${t('year')}</th><th>${t('awardedOn')}</th><th>${t('source')}</th></tr></thead><tbody>
      ${cadre.qualifications.length ? cadre.qualifications.map(q => `<tr data-record="${q.recordId}"><td>${esc(word('Ladder', q.ladder))}</td>
        <td data-field="level">${esc(word(q.ladder, q.level))}</td><td>${esc(q.fieldOfStudy)}</td><td>${esc(q.institution)}</td>
        <td class="num">${q.year ?? ''}</td><td>${date(q.awardedOn)}</td><td>${esc(word('QualificationSource', q.source))}</td></tr>`).join('')
        : `<tr><td colspan="7" class="empty">${t('none')}</td></tr>`}</tbody></table></div>
    ${writable ? actions(cadre) : ''}
    <h3>${t('history')}</h3>
    <div class="scroll"><table id="history-table"><thead><tr><th>${t('at')}</th><th>${t('action')}</th><th>${t('actor')}</th>
      <th>${t('changes')}</th></tr></thead><tbody>${history.map(h => `<tr data-action="${esc(h.action)}"><td>${dateTime(h.at)}</td>
      <td>${esc(h.action)}</td><td>${esc(h.actingUser)}</td><td class="changes">${esc(changes(h.before, h.after))}</td></tr>`).join('')
      || `<tr><td colspan="4" class="empty">${t('none')}</td></tr>`}</tbody></table></div>`;
  if (writable) wireActions(main, cadre);
  return 'cadre';
}

const levelOf = (levels, ladder) => levels?.[{ POLITICAL_THEORY: 'politicalTheory', PROFESSIONAL: 'professional',
  STATE_MANAGEMENT: 'stateManagement' }[ladder]] ?? levels?.[ladder] ?? 'NONE';

/** What a change changed: each field whose value differs, before → after. */
function changes(before, after) {
  if (!before) return after ? Object.entries(after).filter(([, v]) => v != null && typeof v !== 'object')
    .map(([k, v]) => `${k}: ${v}`).join('; ') : '';
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter(k => JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k]))
    .map(k => `${k}: ${short(before?.[k])} → ${short(after?.[k])}`).join('; ');
}
const short = v => v == null ? '–' : typeof v === 'object' ? JSON.stringify(v).slice(0, 80) : String(v);

function actions(cadre) {
  const today = new Date().toISOString().slice(0, 10);
  const levels = ladder => words(ladder).filter(([k]) => k !== 'NONE').map(([k, v]) => `<option value="${k}">${esc(v)}</option>`).join('');
  return `<div class="panels" id="cadre-actions">
    <section aria-labelledby="transfer-title"><h3 id="transfer-title">${t('transfer')}</h3>
      <form id="transfer-form" class="sheet" novalidate>
        <label>${t('toUnit')}<select name="toUnitId" id="transfer-unit" required>${unitOptions('REGISTER_WRITE', '', { blank: '—' })}</select></label>
        <label>${t('effectiveDate')}<input type="date" name="effectiveDate" id="transfer-date" value="${today}"></label>
        <label>${t('reason')}<input name="reason" maxlength="500"></label>
        <div class="actions"><button type="submit" class="btn" id="transfer-submit">${t('transfer')}</button></div>
      </form></section>
    <section aria-labelledby="departure-title"><h3 id="departure-title">${t('departure')}</h3>
      <form id="departure-form" class="sheet" novalidate>
        <label>${t('status')}<select name="status" id="departure-status">${words('CadreStatus').filter(([k]) => k !== 'ACTIVE')
          .map(([k, v]) => `<option value="${k}">${esc(v)}</option>`).join('')}</select></label>
        <label>${t('effectiveDate')}<input type="date" name="effectiveDate" id="departure-date" value="${today}"></label>
        <label>${t('reason')}<input name="reason" maxlength="500"></label>
        <div class="actions"><button type="submit" class="btn" id="departure-submit">${t('departure')}</button></div>
      </form></section>
    <section aria-labelledby="qualification-title"><h3 id="qualification-title">${t('addQualification')}</h3>
      <form id="qualification-form" class="sheet" novalidate>
        <label>${t('ladder')}<select name="ladder" id="qualification-ladder">${wordOptions('Ladder', 'PROFESSIONAL')}</select></label>
        <label>${t('level')}<select name="level" id="qualification-level">${levels('PROFESSIONAL')}</select></label>
        <label>${t('fieldOfStudy')}<input name="fieldOfStudy" maxlength="200"></label>
        <label>${t('institution')}<input name="institution" maxlength="200"></label>
        <label>${t('year')}<input type="number" name="year" min="1950" max="2100"></label>
        <label>${t('awardedOn')}<input type="date" name="awardedOn"></label>
        <div class="actions"><button type="submit" class="btn" id="qualification-submit">${t('addQualification')}</button></div>
      </form></section></div>`;
}

function wireActions(main, cadre) {
  const ladder = main.querySelector('#qualification-ladder');
  ladder.addEventListener('change', () => {
    main.querySelector('#qualification-level').innerHTML = words(ladder.value).filter(([k]) => k !== 'NONE')
      .map(([k, v]) => `<option value="${k}">${esc(v)}</option>`).join('');
  });
  submit(main.querySelector('#transfer-form'), data => api(`${REGISTRY}/cadres/${cadre.cadreId}/transfer`, { method: 'POST', json: data }),
    data => t('transferred', { name: cadre.fullName, unit: unitName(data.toUnitId) }));
  submit(main.querySelector('#departure-form'), data => api(`${REGISTRY}/cadres/${cadre.cadreId}/departure`, { method: 'POST', json: data }),
    () => t('departed', { name: cadre.fullName }));
  submit(main.querySelector('#qualification-form'), data => api(`${REGISTRY}/cadres/${cadre.cadreId}/qualifications`,
    { method: 'POST', json: { ...data, year: data.year ? Number(data.year) : null } }), () => t('recorded'));
}

/** A form's fields as JSON: blanks are left out (null), so that the API judges what is missing. */
function values(form) {
  const data = {};
  for (const el of form.elements) {
    if (!el.name) continue;
    if (el.type === 'checkbox') data[el.name] = el.checked;
    else data[el.name] = el.value.trim() === '' ? null : el.value.trim();
  }
  return data;
}

/** Sends a form; on success shows the confirmation on the cadre's page drawn again, else the API's reasons. */
function submit(form, send, confirm, after) {
  form.addEventListener('submit', async e => {
    e.preventDefault();
    clearProblems(form);
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    const data = values(form);
    try {
      const answer = await send(data);
      setFlash(confirm(data, answer));
      if (after) after(answer);
      else window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (err) {
      showProblem(form, err);
    } finally {
      button.disabled = false;
    }
  });
}

// ---- register or edit ----
export async function form(main, cadreId) {
  const cadre = cadreId ? await api(`${REGISTRY}/cadres/${cadreId}`) : null;
  const v = k => esc(cadre?.[k] ?? '');
  const ethnicities = Object.entries(ETHNICITIES).map(([k, n]) => `<option value="${k}"${k === (cadre?.ethnicity ?? 'KINH')
    ? ' selected' : ''}>${esc(n)}</option>`).join('');
  main.innerHTML = `<h2 id="view-title">${cadre ? `${t('edit')}: ${esc(cadre.fullName)}` : t('register')}</h2>
    <form id="cadre-form" class="sheet" novalidate>
      <label>${t('fullName')} *<input name="fullName" id="f-fullName" maxlength="120" required value="${v('fullName')}"></label>
      <label>${t('nationalId')} *<input name="nationalId" id="f-nationalId" inputmode="numeric" required value="${v('nationalId')}"></label>
      <label>${t('birthDate')} *<input type="date" name="birthDate" id="f-birthDate" required value="${v('birthDate')}"></label>
      <label>${t('gender')} *<select name="gender" id="f-gender">${wordOptions('Gender', cadre?.gender, '—')}</select></label>
      <label>${t('ethnicity')} *<select name="ethnicity" id="f-ethnicity">${ethnicities}</select></label>
      ${cadre ? '' : `<label>${t('unit')} *<select name="unitId" id="f-unitId">${unitOptions('REGISTER_WRITE', '', { blank: '—' })}</select></label>`}
      <label>${t('position')}<input name="position" id="f-position" maxlength="200" value="${v('position')}"></label>
      <label>${t('rank')}<select name="rank" id="f-rank">${wordOptions('CivilServiceRank', cadre?.rank, '—')}</select></label>
      <label>${t('tier')}<select name="managementTier" id="f-managementTier">${wordOptions('ManagementTier', cadre?.managementTier, '—')}</select></label>
      <label class="check"><input type="checkbox" name="partyMember" id="f-partyMember"${cadre?.partyMember ? ' checked' : ''}>${t('partyMember')}</label>
      <label>${t('partyJoinDate')}<input type="date" name="partyJoinDate" id="f-partyJoinDate" value="${v('partyJoinDate')}"></label>
      ${cadre ? '' : `<label>${t('servingSince')}<input type="date" name="servingSince" id="f-servingSince"></label>`}
      <div class="actions"><button type="submit" class="btn" id="cadre-save">${t('save')}</button>
        <a class="btn2" href="${cadre ? `#/cadres/${cadre.cadreId}` : '#/cadres'}">${t('cancel')}</a></div>
    </form>`;
  const el = main.querySelector('#cadre-form');
  submit(el, data => cadre
    ? api(`${REGISTRY}/cadres/${cadre.cadreId}`, { method: 'PUT', json: { ...data, committeeMemberships: cadre.committeeMemberships } })
    : api(`${REGISTRY}/cadres`, { method: 'POST', json: data }),
  (data, answer) => t(cadre ? 'saved' : 'registered', { name: answer.fullName }),
  answer => go(`cadres/${answer.cadreId}`));
  el.querySelector('#f-fullName').focus();
  return cadre ? 'cadre-edit' : 'cadre-new';
}

