// Units: the tree with each unit's kind, code and validity; a unit's rename, move, and a new unit below it.
// (The reorganization flow is reorganize.js.)
import { t, esc, word, words, date } from './i18n.js';
import { api, showProblem, clearProblems, setFlash, takeFlash } from './api.js';
import { ctx, may, go, unitName, unitOptions, reloadUnits } from './app.js';

const REGISTRY = '/registry/api/v1';

export async function screen(main, params) {
  const closed = params.get('closed') === '1';
  const selected = ctx.byId.get(params.get('unit') ?? '');
  const shown = ctx.units.filter(u => closed || !(u.validTo || u.dissolvedAt));
  const known = new Set(shown.map(u => u.unitId));
  const children = id => shown.filter(u => (u.parentUnitId && known.has(u.parentUnitId) ? u.parentUnitId : null) === id)
    .sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''));
  const item = u => `<li><a href="#/units?unit=${u.unitId}${closed ? '&closed=1' : ''}" data-unit="${u.unitId}"
      ${u.unitId === selected?.unitId ? 'aria-current="true"' : ''}>${esc(u.name)}</a>
      <span class="meta" data-field="facts">${esc(word('UnitKind', u.kind))} · ${esc(u.code)}${u.officialCode ? ' · ' + esc(u.officialCode) : ''}
      · ${esc(validity(u))}</span>${children(u.unitId).length ? `<ul>${children(u.unitId).map(item).join('')}</ul>` : ''}</li>`;
  const note = takeFlash();
  main.innerHTML = `<h2 id="view-title">${t('unitsTitle')}</h2>${note}
    <p><label class="check"><input type="checkbox" id="units-closed"${closed ? ' checked' : ''}>${t('showClosed')}</label></p>
    <div class="units-layout"><nav class="unit-list" aria-label="${t('unitsTitle')}"><ul id="units-tree">${children(null).map(item).join('')}</ul></nav>
    <div id="unit-panel">${selected ? panel(selected) : `<p class="empty">${t('chooseUnit')}</p>`}</div></div>`;
  main.querySelector('#units-closed').addEventListener('change', e => {
    go('units', new URLSearchParams({ unit: selected?.unitId ?? '', closed: e.target.checked ? '1' : '' }));
  });
  if (selected && may('UNITS_MANAGE', selected.unitId)) wire(main, selected);
  return 'units';
}

const validity = u => `${t('validFrom')} ${u.validFrom ? date(u.validFrom) : '–'}${u.validTo ? ` ${t('validTo').toLowerCase()} ${date(u.validTo)}` : ''}`;

function panel(u) {
  const open = !(u.validTo || u.dissolvedAt);
  const manage = open && may('UNITS_MANAGE', u.unitId);
  return `<h3 id="unit-title" data-unit="${u.unitId}">${esc(u.name)}</h3>
    <dl class="profile" id="unit-profile">
      <dt>${t('kind')}</dt><dd data-field="kind">${esc(word('UnitKind', u.kind))}</dd>
      <dt>${t('unitLevel')}</dt><dd data-field="level">${esc(word('UnitLevel', u.level))}</dd>
      <dt>${t('code')}</dt><dd data-field="code">${esc(u.code)}</dd>
      <dt>${t('officialCode')}</dt><dd data-field="officialCode">${esc(u.officialCode ?? '–')}</dd>
      <dt>${t('validity')}</dt><dd data-field="validity">${esc(validity(u))}</dd>
      <dt>${t('unit')}</dt><dd data-field="parent">${esc(unitName(u.parentUnitId) || '–')}</dd>
    </dl>
    ${manage ? `<div class="panels" id="unit-actions">
      <section><h4>${t('rename')}</h4><form id="rename-form" class="sheet" novalidate>
        <label>${t('newName')}<input name="name" id="rename-name" maxlength="200" value="${esc(u.name)}"></label>
        <label>${t('validFrom')}<input type="date" name="effectiveDate"></label>
        <div class="actions"><button type="submit" class="btn" id="rename-submit">${t('rename')}</button></div></form></section>
      ${u.parentUnitId ? `<section><h4>${t('move')}</h4><form id="move-form" class="sheet" novalidate>
        <label>${t('newParent')}<select name="parentUnitId" id="move-parent">${unitOptions('UNITS_MANAGE', '', { blank: '—' })}</select></label>
        <label>${t('validFrom')}<input type="date" name="effectiveDate"></label>
        <div class="actions"><button type="submit" class="btn" id="move-submit">${t('move')}</button></div></form></section>` : ''}
      <section><h4>${t('createChild')}</h4><form id="create-form" class="sheet" novalidate>
        <label>${t('code')}<input name="code" id="create-code" maxlength="40"></label>
        <label>${t('name')}<input name="name" id="create-name" maxlength="200"></label>
        <label>${t('unitLevel')}<select name="level" id="create-level">${words('UnitLevel').map(([k, v]) =>
          `<option value="${k}"${k === 'COMMUNE' ? ' selected' : ''}>${esc(v)}</option>`).join('')}</select></label>
        <label>${t('kind')}<select name="kind" id="create-kind"><option value="">—</option>${words('UnitKind')
          .filter(([k]) => k !== 'UNCLASSIFIED').map(([k, v]) => `<option value="${k}">${esc(v)}</option>`).join('')}</select></label>
        <label>${t('officialCode')}<input name="officialCode" id="create-officialCode" maxlength="5"></label>
        <div class="actions"><button type="submit" class="btn" id="create-submit">${t('create')}</button></div></form></section>
    </div>` : ''}`;
}

function wire(main, unit) {
  const send = (id, call, confirm, next) => {
    const form = main.querySelector(id);
    if (!form) return;
    form.addEventListener('submit', async e => {
      e.preventDefault();
      clearProblems(form);
      const data = {};
      for (const el of form.elements) if (el.name) data[el.name] = el.value.trim() === '' ? null : el.value.trim();
      try {
        const answer = await call(data);
        await reloadUnits();
        setFlash(confirm(answer, data));
        const target = next ? next(answer) : unit.unitId;
        if (location.hash.includes(target)) window.dispatchEvent(new HashChangeEvent('hashchange'));
        else go('units', new URLSearchParams({ unit: target }));
      } catch (err) {
        showProblem(form, err);
      }
    });
  };
  send('#rename-form', data => api(`${REGISTRY}/units/${unit.unitId}/rename`, { method: 'POST', json: data }),
    answer => t('renamed', { name: answer.name }));
  send('#move-form', data => api(`${REGISTRY}/units/${unit.unitId}/move`, { method: 'POST', json: data }),
    (answer, data) => t('moved', { name: answer.name, parent: unitName(data.parentUnitId) }));
  send('#create-form', data => api(`${REGISTRY}/units`, { method: 'POST', json: { ...data, parentUnitId: unit.unitId } }),
    answer => t('createdUnit', { name: answer.name }), answer => answer.unitId);
}
