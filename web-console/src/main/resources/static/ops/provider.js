// The training provider's screens (the Political School): the classes it runs, each with its roster, where results are
// recorded one by one, graduations given, or a results sheet uploaded (with its progress, then its per-row report).
// Results are the class's provider's: RESULTS_RECORD on the provider's unit (TrainingAccess.requireResultsOf).
import { t, esc, words, num } from './i18n.js';
import { api, showProblem, clearProblems, Problem, progress, setFlash, takeFlash } from './api.js';
import { ctx, may, unitsWhere } from './app.js';
import { ENROLLMENT, classList, classFacts, capacityFigures, fetchRoster, rosterSection,
  overProvince, today } from './training.js';


/** Whether the caller records this class's results: on its provider unit, or over a province for one outside the register. */
export const recordsResultsOf = cls => cls.providerUnitId ? may('RESULTS_RECORD', cls.providerUnitId) : overProvince('RESULTS_RECORD');

/**
 * The classes the caller's unit teaches, filtered by the service (providerUnitId): the unit chosen, else the first one
 * the caller records results on (the school, for its staff).
 */
export async function classes(main, params) {
  const held = ctx.me?.permissions?.RESULTS_RECORD ?? [];
  const providerUnit = params.get('providerUnitId') || held[0] || unitsWhere('RESULTS_RECORD')[0]?.unitId;
  return classList(main, params, { view: 'provider', title: t('providerTitle'), create: false, link: c => `#/provider/${c.classId}`,
    providerUnit });
}

export async function classPage(main, classId) {
  const cls = await api(`${ENROLLMENT}/classes/${classId}`);
  const [program, roster] = await Promise.all([api(`${ENROLLMENT}/programs/${cls.programId}`).catch(() => null), fetchRoster(classId)]);
  const records = recordsResultsOf(cls);
  const waiting = (roster?.enrollments ?? []).filter(e => e.status === 'ENROLLED');
  const rowExtra = records ? e => e.status === 'ENROLLED'
    ? `<button type="button" class="btn2" data-record="${e.enrollmentId}" id="record-${e.enrollmentId}">${t('outcome')}</button>` : '' : undefined;
  main.innerHTML = `<h2 id="view-title" data-class="${cls.classId}">${esc(cls.cohort)}</h2>${takeFlash()}
    <p><a href="#/provider" id="back-to-provider">‹ ${t('backToClasses')}</a></p>
    ${classFacts(cls, program)}${capacityFigures(cls, roster)}
    <section id="roster">${await rosterSection(roster, { rowExtra })}</section>
    ${records ? `<div class="panels">
      <section aria-labelledby="result-title"><h3 id="result-title">${t('recordResult')}</h3>
        ${roster && !waiting.length ? `<p class="meta" id="no-enrolled">${t('noEnrolled')}</p>` : ''}
        <form id="result-form" class="sheet" novalidate>
          <label>${t('enrollment')}<select name="enrollmentId" id="r-enrollment">${enrollmentOptions(roster, waiting)}</select></label>
          <label>${t('outcome')}<select name="outcome" id="r-outcome">${words('ResultOutcome').map(([k, v]) => `<option value="${k}">${esc(v)}</option>`).join('')}</select></label>
          <label>${t('attendance')}<input type="number" name="attendancePercent" id="r-attendance" min="0" max="100" inputmode="numeric"></label>
          <label>${t('finalGrade')}<input type="number" name="finalGrade" id="r-grade" min="0" max="10" step="0.01" inputmode="decimal"></label>
          <label>${t('certificate')}<input name="certificateNumber" id="r-certificate" maxlength="60"></label>
          <label>${t('resultDate')}<input type="date" name="on" id="r-on" value="${today()}"></label>
          <div class="actions"><button type="submit" class="btn" id="r-submit">${t('save')}</button></div>
        </form></section>
      <section aria-labelledby="graduation-title"><h3 id="graduation-title">${t('graduate')}</h3>
        <form id="graduation-form" class="sheet" novalidate>
          <label>${t('enrollment')}<select name="enrollmentId" id="g-enrollment">${enrollmentOptions(roster, waiting)}</select></label>
          <label>${t('certificate')}<input name="certificateNumber" id="g-certificate" maxlength="60"></label>
          <label>${t('graduatedOn')}<input type="date" name="graduatedOn" id="g-on" value="${today()}"></label>
          <div class="actions"><button type="submit" class="btn" id="g-submit">${t('graduate')}</button></div>
        </form></section>
      <section aria-labelledby="upload-title"><h3 id="upload-title">${t('uploadResults')}</h3>
        <p class="meta">${t('resultColumns')}</p>
        <form id="upload-form" class="sheet" novalidate>
          <label class="wide">${t('resultsFile')}<input type="file" name="file" id="u-file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"></label>
          <label class="check wide"><input type="checkbox" id="u-atomic" checked>${t('atomic')}</label>
          <div class="actions"><button type="submit" class="btn" id="u-submit">${t('upload')}</button></div>
        </form>
        <div id="upload-progress" role="status" aria-live="polite"></div>
        <div id="upload-report"></div></section>
    </div>` : ''}`;
  if (records) wire(main, cls);
  return 'provider-class';
}

/** The students still waiting for a result (labelled with the roster's names once it is drawn). */
function enrollmentOptions(roster, waiting) {
  return `<option value="">—</option>` + waiting.map(e => `<option value="${e.enrollmentId}">${esc(e.enrollmentId.slice(0, 8))}</option>`).join('');
}

function wire(main, cls) {
  // The names shown in the roster label the choosers (they were drawn after the options).
  main.querySelectorAll('#r-enrollment option[value], #g-enrollment option[value]').forEach(o => {
    const name = o.value && main.querySelector(`#roster-table tr[data-key="${o.value}"] td`)?.textContent;
    if (name) o.textContent = name;
  });
  main.querySelectorAll('[data-record]').forEach(b => b.addEventListener('click', () => {
    main.querySelector('#r-enrollment').value = b.dataset.record;
    main.querySelector('#r-outcome').focus();
  }));
  const send = (form, path, body, done) => form.addEventListener('submit', async e => {
    e.preventDefault();
    clearProblems(form);
    const data = {};
    for (const el of form.elements) if (el.name) data[el.name] = el.value.trim() === '' ? null : el.value.trim();
    if (!data.enrollmentId) {
      showProblem(form, new Problem(400, { field: 'enrollmentId', detail: t('required') }));
      return;
    }
    form.querySelector('button[type=submit]').disabled = true;
    try {
      await api(`${ENROLLMENT}/enrollments/${data.enrollmentId}/${path}`, { method: 'POST', json: body(data) });
      setFlash(t(done));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (err) {
      // The service names graduatedOn or endedOn for the date; the form calls it "on".
      if (err instanceof Problem && ['endedOn', 'graduatedOn'].includes(err.body?.field) && form.id === 'result-form') err.body.field = 'on';
      showProblem(form, err);
      form.querySelector('button[type=submit]').disabled = false;
    }
  });
  send(main.querySelector('#result-form'), 'result', d => ({ outcome: d.outcome,
    attendancePercent: d.attendancePercent == null ? null : Number(d.attendancePercent),
    finalGrade: d.finalGrade == null ? null : Number(d.finalGrade), certificateNumber: d.certificateNumber, on: d.on }), 'resultRecorded');
  send(main.querySelector('#graduation-form'), 'graduation', d => ({ certificateNumber: d.certificateNumber, graduatedOn: d.graduatedOn }), 'graduated');
  wireUpload(main, cls);
}

/**
 * The sheet goes up with its progress (api.js's onUpload), then the service's report: 200 when rows were written,
 * 422 with the same report when none was.
 */
function wireUpload(main, cls) {
  const form = main.querySelector('#upload-form');
  const bar = progress(main.querySelector('#upload-progress'));
  const report = main.querySelector('#upload-report');
  form.addEventListener('submit', async e => {
    e.preventDefault();
    clearProblems(form);
    report.innerHTML = '';
    const file = form.querySelector('#u-file').files[0];
    if (!file) { showProblem(form, new Problem(400, { field: 'file', detail: t('chooseFile') })); return; }
    const body = new FormData();
    body.append('file', file, file.name);
    form.querySelector('#u-submit').disabled = true;
    try {
      showReport(report, await api(`${ENROLLMENT}/classes/${cls.classId}/results?atomic=${form.querySelector('#u-atomic').checked}`,
        { method: 'POST', form: body, onUpload: bar.sending(t('uploading'), t('processing')) }));
    } catch (err) {
      if (err instanceof Problem && Array.isArray(err.body?.rejected)) showReport(report, err.body);
      else showProblem(form, err);
    } finally {
      bar.clear();
      form.querySelector('#u-submit').disabled = false;
    }
  });
}

function showReport(host, report) {
  host.innerHTML = `<h4 id="upload-result" data-committed="${report.committed}" data-rows="${report.rows}" data-accepted="${report.accepted}">${t('uploadDone')}</h4>
    ${report.committed ? `<p class="notice ok" role="status">${t('committed')}</p>` : `<p class="notice" role="alert">${t('notCommitted')}</p>`}
    <div class="cards"><div class="card"><div class="label">${t('rows')}</div><div class="value" id="upload-rows">${num(report.rows)}</div></div>
      <div class="card"><div class="label">${t('accepted')}</div><div class="value" id="upload-accepted">${num(report.accepted)}</div></div>
      <div class="card"><div class="label">${t('rejected')}</div><div class="value" id="upload-rejected-count">${num(report.rejected.length)}</div></div></div>
    ${report.rejected.length ? `<div class="scroll"><table id="upload-rejected"><thead><tr><th>${t('line')}</th><th>${t('field')}</th><th>${t('reason')}</th></tr></thead>
      <tbody>${report.rejected.map(r => `<tr data-line="${r.line}"><td class="num">${num(r.line)}</td><td>${esc(r.field ?? '')}</td>
      <td>${esc(r.reason)}</td></tr>`).join('')}</tbody></table></div>` : `<p class="empty" id="upload-no-rejected">${t('noRejected')}</p>`}
    ${report.committed ? `<p><button type="button" class="btn2" id="upload-refresh">${t('refreshRoster')}</button></p>` : ''}`;
  host.querySelector('#upload-refresh')?.addEventListener('click', () => window.dispatchEvent(new HashChangeEvent('hashchange')));
}
