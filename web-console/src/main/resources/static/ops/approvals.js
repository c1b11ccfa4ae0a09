// The approvals queue: the province-stage nominations across units, decided in bulk (in chunks, with a progress bar,
// then each item's outcome and, for a refusal, the service's own reason), and a class's waitlist with the promotions
// it made.
import { t, esc, word, num, dateTime } from './i18n.js';
import { api, showProblem, Problem, takeFlash } from './api.js';
import { go, unitName, unitOptions } from './app.js';
import { ENR, refusalName, loadNames, cadreLabel, loadClasses, classLabel, classOptions,
  decisionForm, wireDecisions, nominationTable, seenNominations } from './nominations.js';

/** How many decisions go in one request: the service takes up to 100; smaller chunks let the bar move. */
const CHUNK = 20;

/**
 * Sends the decisions in chunks, drawing the progress (done/total) into {@code host}, then a table of each item's
 * outcome. A request refused as a whole for its input (a rejection without a reason) shows the API's reason on the
 * form and answers null; a chunk that fails otherwise marks its items refused with that problem.
 */
export async function decide(host, form, { stage, decision, reason, ids }) {
  const total = ids.length;
  host.innerHTML = `<section id="decision-run" data-state="running" aria-labelledby="decision-run-title">
      <h3 id="decision-run-title">${t('progress')}</h3>
      <progress id="decision-progress" max="${total}" value="0" aria-describedby="decision-count"></progress>
      <span id="decision-count" data-done="0" data-total="${total}" role="status" aria-live="polite">${t('progressCount', { done: num(0), total: num(total) })}</span>
      <div id="decision-results"></div></section>`;
  const progress = host.querySelector('#decision-progress');
  const count = host.querySelector('#decision-count');
  const results = [];
  for (let i = 0; i < total; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    try {
      const answer = await api(`${ENR}/nominations/decisions`, { method: 'POST', json: { stage, decision, reason, nominationIds: part } });
      results.push(...answer.results);
    } catch (err) {
      if (i === 0 && err instanceof Problem && err.status === 400) {
        host.innerHTML = '';
        showProblem(form, err);
        return null;
      }
      const problem = err instanceof Problem ? err.body : { detail: err.message };
      part.forEach(nominationId => results.push({ nominationId, outcome: 'REFUSED', nomination: null, problem }));
    }
    progress.value = results.length;
    count.dataset.done = results.length;
    count.textContent = t('progressCount', { done: num(results.length), total: num(total) });
  }
  const byId = new Map(results.map(r => [r.nominationId, r]));
  // Who and which class, for a refusal too: from the answer, else from the list the item was chosen in.
  const about = r => r.nomination ?? seenNominations.get(r.nominationId) ?? null;
  await Promise.all([loadNames(results.map(r => about(r)?.cadreId).filter(Boolean)),
    loadClasses(results.map(r => about(r)?.classId).filter(Boolean))]);
  const refused = results.filter(r => r.outcome !== 'DONE').length;
  host.querySelector('#decision-run').dataset.state = 'done';
  host.querySelector('#decision-results').innerHTML = `<p class="notice${refused ? '' : ' ok'}" id="decision-summary" role="status">${
    esc(t('decisionsDone', { done: num(results.length - refused), refused: num(refused) }))}</p>
    <h4>${t('resultsTitle')}</h4>
    <div class="scroll"><table id="decision-table"><thead><tr><th>${t('cadre')}</th><th>${t('classLabel')}</th><th>${t('outcome')}</th>
      <th>${t('newStatus')}</th><th>${t('why')}</th></tr></thead><tbody>
      ${ids.map(id => byId.get(id) ?? { nominationId: id, outcome: 'REFUSED' }).map(r => `<tr data-key="${esc(r.nominationId)}" data-outcome="${esc(r.outcome)}">
        <td data-field="cadre">${about(r) ? esc(cadreLabel(about(r).cadreId)) : `#${esc(String(r.nominationId).slice(0, 8))}`}</td>
        <td>${about(r) ? esc(classLabel(about(r).classId)) : ''}</td>
        <td data-field="outcome">${esc(word('Outcome', r.outcome))}</td>
        <td data-field="status" data-status="${esc(r.nomination?.status ?? '')}">${r.nomination ? esc(word('NominationStatus', r.nomination.status)) : ''}</td>
        <td data-field="problem" data-type="${esc(String(r.problem?.type ?? '').split('/').pop())}">${r.problem
          ? `<strong>${esc(refusalName(r.problem))}</strong>: <span class="refusal-detail">${esc(r.problem.detail ?? '')}</span>` : ''}</td></tr>`).join('')}
      </tbody></table></div>`;
  host.querySelector('#decision-summary').focus?.();
  return results;
}

// ---- the queue ----
export async function queue(main, params) {
  const f = { unit: params.get('unit') ?? '', cls: params.get('class') ?? '', page: Number(params.get('page') ?? 0) };
  main.innerHTML = `<h2 id="view-title">${t('approvalsTitle')}</h2>${takeFlash()}
    <form id="approval-filters" class="filters" role="search">
      <label>${t('unit')}<select name="unit" id="approvals-unit">${unitOptions('PROVINCE_APPROVAL', f.unit, { blank: t('allUnits') })}</select></label>
      <label>${t('classLabel')}<select name="class" id="approvals-class">${await classOptions(f.cls, t('allClasses'))}</select></label>
      <button type="submit" class="btn" id="approvals-apply">${t('filter')}</button>
      ${f.cls ? `<a class="btn2" id="waitlist-link" href="#/waitlist?class=${f.cls}">${t('waitlistLink')}</a>` : ''}
    </form>
    ${decisionForm('PROVINCE')}
    <div id="decision-host"></div>
    <div id="approval-results"><p>${t('loading')}</p></div>`;
  const filters = main.querySelector('#approval-filters');
  filters.addEventListener('submit', e => {
    e.preventDefault();
    go('approvals', new URLSearchParams({ unit: filters.elements.unit.value, class: filters.elements.class.value }));
  });
  const load = async () => {
    const query = new URLSearchParams({ awaiting: 'PROVINCE', page: f.page, size: 20 });
    if (f.unit) { query.set('unitId', f.unit); query.set('includeSubunits', 'true'); }
    if (f.cls) query.set('classId', f.cls);
    const result = await api(`${ENR}/nominations?${query}`);
    await Promise.all([loadNames(result.items.map(n => n.cadreId)), loadClasses(result.items.map(n => n.classId))]);
    nominationTable(main.querySelector('#approval-results'), result, {
      id: 'approval-table', noun: t('nominationsNoun'), province: true, selectable: n => n.status === 'PENDING_PROVINCE',
      onPage: page => go('approvals', new URLSearchParams({ unit: f.unit, class: f.cls, page }))
    });
  };
  wireDecisions(main, 'PROVINCE', load);
  await load();
  return 'approvals';
}

// ---- a class's waitlist and promotions ----
export async function waitlist(main, params) {
  const cls = params.get('class') ?? '';
  main.innerHTML = `<h2 id="view-title">${t('waitlistTitle')}</h2>
    <form id="waitlist-filters" class="filters">
      <label>${t('classLabel')}<select name="class" id="waitlist-class">${await classOptions(cls, '—')}</select></label>
      <button type="submit" class="btn" id="waitlist-show">${t('show')}</button>
    </form><div id="roster"></div>`;
  const filters = main.querySelector('#waitlist-filters');
  filters.addEventListener('submit', e => { e.preventDefault(); go('waitlist', new URLSearchParams({ class: filters.elements.class.value })); });
  if (!cls) return 'waitlist';
  const roster = await api(`${ENR}/classes/${cls}/roster`);
  await loadNames([...roster.waitlist.map(w => w.cadreId), ...roster.promotions.map(p => p.cadreId)]);
  main.querySelector('#roster').innerHTML = `<dl class="profile" id="roster-facts" data-class="${esc(roster.classId)}">
      <dt>${t('classLabel')}</dt><dd>${esc(classLabel(cls))}</dd>
      <dt>${t('status')}</dt><dd data-field="status">${esc(word('ClassStatus', roster.status))}</dd>
      <dt>${t('capacity')}</dt><dd data-field="capacity">${num(roster.capacity)}</dd>
      <dt>${t('nRegulatoryCap')}</dt><dd data-field="regulatoryCap">${num(roster.regulatoryCap)}</dd>
      <dt>${t('nSeated')}</dt><dd data-field="seated">${num(roster.seated)}</dd></dl>
    <h3>${t('waitlist')}</h3>
    <div class="scroll"><table id="waitlist-table"><thead><tr><th class="num">${t('waitlistPosition')}</th><th>${t('cadre')}</th>
      <th>${t('unit')}</th><th>${t('nNominatedAt')}</th></tr></thead><tbody>
      ${roster.waitlist.length ? roster.waitlist.map(w => `<tr data-key="${w.nominationId}" data-cadre="${w.cadreId}">
        <td class="num" data-field="position">${num(w.position)}</td><td>${esc(cadreLabel(w.cadreId))}</td><td>${esc(unitName(w.unitId))}</td>
        <td>${dateTime(w.nominatedAt)}</td></tr>`).join('') : `<tr><td colspan="4" class="empty">${t('noneWaiting')}</td></tr>`}
      </tbody></table></div>
    <h3>${t('nPromotions')}</h3>
    <div class="scroll"><table id="promotion-table"><thead><tr><th>${t('cadre')}</th><th>${t('nEnrollment')}</th><th>${t('nPromotedAt')}</th>
      </tr></thead><tbody>
      ${roster.promotions.length ? roster.promotions.map(p => `<tr data-key="${p.nominationId}" data-cadre="${p.cadreId}">
        <td>${esc(cadreLabel(p.cadreId))}</td><td data-field="enrollment">${esc(String(p.enrollmentId ?? '').slice(0, 8))}</td>
        <td>${dateTime(p.promotedAt)}</td></tr>`).join('') : `<tr><td colspan="3" class="empty">${t('nonePromoted')}</td></tr>`}
      </tbody></table></div>`;
  return 'waitlist';
}
