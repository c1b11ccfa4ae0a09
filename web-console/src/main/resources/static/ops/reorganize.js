// The reorganization flow (README "Reorganizing units"): upload the mapping, review its dry run (changes, new units,
// transfers, every row that cannot be applied), then apply it, all or nothing.
import { t, esc, num, date, dateTime, word } from './i18n.js';
import { api, showProblem, clearProblems, progress } from './api.js';
import { go, unitName, reloadUnits } from './app.js';

const BASE = '/registry/api/v1/reorganizations';
const CHANGES = { MERGE: 'merge', SPLIT: 'split', ABOLISH_DISTRICT: 'abolish' };

export async function list(main) {
  const all = await api(BASE);
  main.innerHTML = `<h2 id="view-title">${t('reorgTitle')}</h2>
    <p class="exports">${t('template')}: <a class="export" id="reorg-template-xlsx" href="${BASE}/template?format=xlsx" download>XLSX</a>
      <a class="export" id="reorg-template-csv" href="${BASE}/template?format=csv" download>CSV</a></p>
    <form id="reorg-form" class="sheet" novalidate>
      <label>${t('reorgName')}<input name="name" id="reorg-name" maxlength="200"></label>
      <label>${t('reorgFile')}<input type="file" name="file" id="reorg-file" accept=".xlsx,.csv"></label>
      <div class="actions"><button type="submit" class="btn" id="reorg-upload">${t('reorgUpload')}</button></div>
    </form><div id="reorg-progress" role="status" aria-live="polite"></div>
    <h3>${t('reorgList')}</h3>
    <div class="scroll"><table id="reorg-table"><thead><tr><th>${t('reorgName')}</th><th>${t('status')}</th><th>${t('at')}</th></tr></thead>
    <tbody>${all.map(r => `<tr data-key="${r.reorganizationId}"><td><a href="#/reorganize/${r.reorganizationId}">${esc(r.name)}</a></td>
      <td>${esc(t(r.status === 'APPLIED' ? 'reorgApplied' : 'reorgDraft'))}</td><td>${dateTime(r.uploadedAt)}</td></tr>`).join('')
      || `<tr><td colspan="3" class="empty">${t('none')}</td></tr>`}</tbody></table></div>`;
  const form = main.querySelector('#reorg-form');
  form.addEventListener('submit', async e => {
    e.preventDefault();
    clearProblems(form);
    const file = form.querySelector('#reorg-file').files[0];
    if (!file) { showProblem(form, { message: t('chooseFile'), body: { field: 'file', detail: t('chooseFile') } }); return; }
    const body = new FormData();
    body.append('file', file, file.name);
    const name = form.querySelector('#reorg-name').value.trim();
    const bar = progress(main.querySelector('#reorg-progress'));
    bar.working(t('checking'));
    try {
      const draft = await api(`${BASE}${name ? '?name=' + encodeURIComponent(name) : ''}`, { method: 'POST', form: body,
        onUpload: bar.sending(t('uploading'), t('checking')) });
      go(`reorganize/${draft.reorganizationId}`);
    } catch (err) {
      showProblem(form, err);
    } finally {
      bar.clear();
    }
  });
  return 'reorganize';
}

export async function review(main, id) {
  const r = await api(`${BASE}/${id}`);
  const d = r.dryRun;
  const names = new Map((d.units ?? []).map(u => [u.unitId, u.name]));
  const unit = id => esc(names.get(id) ?? unitName(id));
  const totals = r.outcome?.totals ?? d.totals;
  const applied = r.status === 'APPLIED';
  main.innerHTML = `<h2 id="view-title" data-status="${r.status}">${esc(r.name)}</h2>
    <p><a href="#/reorganize">‹ ${t('reorgTitle')}</a></p>
    <p class="${applied ? 'notice ok' : d.applicable ? 'notice ok' : 'notice'}" id="reorg-state" role="status">${applied
      ? t('reorgDone', { who: r.outcome.appliedBy, at: dateTime(r.outcome.appliedAt) })
      : d.applicable ? t('reorgReady') : t('reorgBlocked')}</p>
    <div class="cards">${['unitsCreated', 'unitsClosed', 'subUnitsMoved', 'cadresTransferred'].map(k => `<div class="card">
      <div class="label">${t(k)}</div><div class="value" id="reorg-${k}" data-value="${totals[k]}">${num(totals[k])}</div></div>`).join('')}</div>
    <h3>${t('reorgChanges')}</h3>
    <div class="scroll"><table id="reorg-changes"><thead><tr><th>${t('line')}</th><th>${t('reorgChange')}</th><th>${t('effectiveDate')}</th>
      <th>${t('reorgFrom')}</th><th>${t('reorgTo')}</th><th>${t('cadresTransferred')}</th></tr></thead><tbody>
      ${d.changes.map(c => `<tr data-line="${c.line}"><td class="num">${c.line}</td><td>${t(CHANGES[c.change] ?? c.change)}</td>
        <td>${date(c.effectiveDate)}</td><td>${c.predecessorUnitIds.map(unit).join(', ')}</td><td>${c.successorUnitIds.map(unit).join(', ')}</td>
        <td class="num">${num(c.cadresTransferred)}</td></tr>`).join('') || `<tr><td colspan="6" class="empty">${t('none')}</td></tr>`}</tbody></table></div>
    ${d.newUnits.length ? `<h3>${t('reorgNewUnits')}</h3><div class="scroll"><table id="reorg-new-units"><thead><tr><th>${t('code')}</th>
      <th>${t('name')}</th><th>${t('kind')}</th><th>${t('officialCode')}</th></tr></thead><tbody>${d.newUnits.map(u => `<tr>
      <td>${esc(u.code)}</td><td>${esc(u.name)}</td><td>${esc(word('UnitKind', u.kind))}</td><td>${esc(u.officialCode ?? '')}</td></tr>`).join('')}
      </tbody></table></div>` : ''}
    ${d.transfers.length ? `<h3>${t('reorgTransfers')}</h3><div class="scroll"><table id="reorg-transfers"><thead><tr><th>${t('reorgFrom')}</th>
      <th>${t('reorgTo')}</th><th>${t('cadresTransferred')}</th></tr></thead><tbody>${d.transfers.map(x => `<tr><td>${unit(x.fromUnitId)}</td>
      <td>${unit(x.toUnitId)}</td><td class="num">${num(x.cadres)}</td></tr>`).join('')}</tbody></table></div>` : ''}
    <h3>${t('rejected')}</h3>
    ${d.problems.length ? `<div class="scroll"><table id="reorg-problems"><thead><tr><th>${t('line')}</th><th>${t('column')}</th>
      <th>${t('reason')}</th></tr></thead><tbody>${d.problems.map(p => `<tr data-line="${p.line}"><td class="num">${p.line}</td>
      <td>${esc(p.column)}</td><td>${esc(p.reason)}</td></tr>`).join('')}</tbody></table></div>`
      : `<p class="empty" id="reorg-no-problems">${t('noRejected')}</p>`}
    ${!applied && d.applicable ? `<form id="reorg-apply-form"><button type="submit" class="btn" id="reorg-apply">${t('reorgApply')}</button>
      <span id="reorg-applying" role="status" aria-live="polite"></span></form>` : ''}`;
  const form = main.querySelector('#reorg-apply-form');
  form?.addEventListener('submit', async e => {
    e.preventDefault();
    clearProblems(form);
    form.querySelector('button').disabled = true;
    // One all-or-nothing transaction on the registry: no steps to count, a bar until its answer.
    progress(form.querySelector('#reorg-applying')).working(t('reorgApplying'));
    try {
      await api(`${BASE}/${id}/apply`, { method: 'POST' });
      await reloadUnits();
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (err) {
      form.querySelector('#reorg-applying').innerHTML = '';
      form.querySelector('button').disabled = false;
      showProblem(form, err);
    }
  });
  return 'reorganization';
}
