// Bulk import: the file is first checked (a dry run: every row validated, nothing written), its rejected rows shown
// with their line, column and reason; then applied. Template and export are the registry's downloads.
import { t, esc, num } from './i18n.js';
import { api, showProblem, clearProblems, progress as progressOf } from './api.js';
import { may } from './app.js';

const REGISTRY = '/registry/api/v1';

export async function screen(main) {
  const write = may('REGISTER_WRITE');
  const exporting = may('REGISTER_EXPORT');
  main.innerHTML = `<h2 id="view-title">${t('navImport')}</h2>
    ${write ? `<section aria-labelledby="import-title"><h3 id="import-title">${t('importTitle')}</h3>
      <p class="exports">${t('template')}:
        <a class="export" id="template-xlsx" href="${REGISTRY}/cadres/import/template?format=xlsx" download>XLSX</a>
        <a class="export" id="template-csv" href="${REGISTRY}/cadres/import/template?format=csv" download>CSV</a></p>
      <form id="import-form" class="sheet" novalidate>
        <label class="wide">${t('importFile')}<input type="file" name="file" id="import-file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"></label>
        <label class="check wide"><input type="checkbox" name="allOrNothing" id="import-all-or-nothing" checked>${t('allOrNothing')}</label>
        <div class="actions"><button type="submit" class="btn" id="import-check">${t('dryRun')}</button>
          <button type="button" class="btn2" id="import-apply" disabled>${t('apply')}</button></div>
      </form>
      <div id="import-progress" role="status" aria-live="polite"></div>
      <div id="import-report"></div></section>` : ''}
    ${exporting ? `<section aria-labelledby="export-title"><h3 id="export-title">${t('exportTitle')}</h3>
      <p class="exports"><a class="export" id="export-xlsx" href="${REGISTRY}/cadres/export?format=xlsx" download>XLSX</a>
        <a class="export" id="export-csv" href="${REGISTRY}/cadres/export?format=csv" download>CSV</a></p></section>` : ''}`;
  if (write) wire(main);
  return 'import';
}

function wire(main) {
  const form = main.querySelector('#import-form');
  const file = form.querySelector('#import-file');
  const apply = form.querySelector('#import-apply');
  const progress = main.querySelector('#import-progress');
  // The file checked last: applying sends that same file, and a new choice must be checked again.
  let checked = null;
  file.addEventListener('change', () => { checked = null; apply.disabled = true; main.querySelector('#import-report').innerHTML = ''; });

  const run = async dryRun => {
    clearProblems(form);
    const chosen = file.files[0];
    if (!chosen) { showProblem(form, { message: t('chooseFile'), body: { field: 'file', detail: t('chooseFile') } }); return; }
    const body = new FormData();
    body.append('file', chosen, chosen.name);
    const allOrNothing = form.querySelector('#import-all-or-nothing').checked;
    const bar = progressOf(progress);
    bar.working(t(dryRun ? 'checking' : 'applying'));
    form.querySelectorAll('button').forEach(b => { b.disabled = true; });
    try {
      // The upload's share sent, then the registry's work on the rows (its answer is the whole report).
      const report = await api(`${REGISTRY}/cadres/import?dryRun=${dryRun}&allOrNothing=${allOrNothing}`, { method: 'POST', form: body,
        onUpload: bar.sending(t('uploading'), t(dryRun ? 'checking' : 'applying')) });
      show(main.querySelector('#import-report'), report);
      checked = dryRun ? chosen : null;
    } catch (err) {
      showProblem(form, err);
      checked = null;
    } finally {
      bar.clear();
      form.querySelector('#import-check').disabled = false;
      apply.disabled = !checked;
    }
  };
  form.addEventListener('submit', e => { e.preventDefault(); run(true); });
  apply.addEventListener('click', () => run(false));
}

function show(host, report) {
  const figures = ['rows', 'accepted', 'created', 'updated', 'unchanged', 'transferred', 'levelsRecorded'];
  host.innerHTML = `<h4 id="import-result" data-dry-run="${report.dryRun}" data-committed="${report.committed}">${t(report.dryRun
      ? 'dryRunDone' : 'applied')}: ${esc(report.fileName)}</h4>
    ${!report.dryRun && !report.committed ? `<p class="notice" role="alert">${t('notCommitted')}</p>` : ''}
    ${!report.dryRun && report.committed ? `<p class="notice ok" role="status">${t('applied')}</p>` : ''}
    <div class="cards">${figures.map(f => `<div class="card"><div class="label">${t(f === 'transferred' ? 'transferredRows' : f)}</div>
      <div class="value" id="import-${f}" data-value="${report[f]}">${num(report[f])}</div></div>`).join('')}</div>
    <h4>${t('rejected')}</h4>
    ${report.rejected.length ? `<div class="scroll"><table id="import-rejected"><thead><tr><th>${t('line')}</th><th>${t('column')}</th>
      <th>${t('reason')}</th></tr></thead><tbody>${report.rejected.map(r => `<tr data-line="${r.line}"><td class="num">${r.line}</td>
      <td>${esc(r.column)}</td><td>${esc(r.reason)}</td></tr>`).join('')}</tbody></table></div>`
      : `<p class="empty" id="import-no-rejected">${t('noRejected')}</p>`}`;
}
