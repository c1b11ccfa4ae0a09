// The operations console: plain ES modules, no build, no CDN. A hash router over the screens, a navigation that shows
// only what the caller's grants (/registry/api/v1/access/me) allow, and the language switch of the dashboard.
import { t, esc, lang, translatePage } from './i18n.js';
import { api } from './api.js';
import * as cadres from './cadres.js';
import * as bulk from './bulk.js';
import * as units from './units.js';
import * as reorganize from './reorganize.js';
import * as training from './training.js'; // training officer's screens (programs, classes, plans)
import * as provider from './provider.js'; // training provider's screens (classes, roster, results)
// Issue 13: needs, nominations, approvals, study plans.
import * as nominations from './nominations.js';
import * as approvals from './approvals.js';
import * as studyplans from './studyplans.js';

/** What the caller may do, and the unit tree: shared by the screens. */
export const ctx = { me: null, units: [], byId: new Map(), session: null };

/** Whether the caller holds a permission: anywhere, or on the unit (a grant covers its subtree). */
export function may(permission, unitId) {
  if (ctx.me?.platformAdministrator) return true;
  const held = ctx.me?.permissions?.[permission] ?? [];
  if (unitId === undefined) return held.length > 0;
  for (let u = ctx.byId.get(unitId); u; u = ctx.byId.get(u.parentUnitId)) {
    if (held.includes(u.unitId)) return true;
  }
  return false;
}

/** The units a permission covers, in tree order, each with its depth: for the unit choosers. */
export function unitsWhere(permission) {
  const children = new Map();
  for (const u of ctx.units) {
    if (u.validTo || u.dissolvedAt) continue;
    const key = u.parentUnitId && ctx.byId.has(u.parentUnitId) ? u.parentUnitId : null;
    if (!children.has(key)) children.set(key, []);
    children.get(key).push(u);
  }
  children.forEach(list => list.sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '')));
  const out = [];
  const walk = (id, depth) => (children.get(id) ?? []).forEach(u => {
    if (may(permission, u.unitId)) out.push({ ...u, depth });
    walk(u.unitId, depth + 1);
  });
  walk(null, 0);
  return out;
}

export const unitName = id => ctx.byId.get(id)?.name ?? id ?? '';

/** Ids a request: the service takes 200, but 200 ids fill most of a request line's 8 kB on their way through the console. */
const CARDS_PER_REQUEST = 100;

/**
 * The registry's directory cards of these cadres (name, unit, position), in one request a hundred ids: the training
 * staff and the provider read them for cadres anywhere in their province. A cadre without a card (out of reach, or not
 * on the register) shows their short id.
 */
export async function cadreCards(ids) {
  const unique = [...new Set(ids.filter(Boolean))];
  const cards = new Map();
  const requests = [];
  for (let i = 0; i < unique.length; i += CARDS_PER_REQUEST) {
    const chunk = unique.slice(i, i + CARDS_PER_REQUEST);
    requests.push(api(`/registry/api/v1/cadres/cards?ids=${chunk.join(',')}`).then(found => found.forEach(c => cards.set(c.cadreId, c)))
      .catch(() => {}));
  }
  await Promise.all(requests);
  const name = id => cards.get(id)?.fullName ?? `${t('cadre')} ${String(id).slice(0, 8)}`;
  return {
    card: id => cards.get(id),
    name,
    /** The cadre's cell: their name, marked with their id and whether the registry named them. */
    cell: id => `<span class="cadre-name" data-cadre="${esc(id)}" data-named="${cards.has(id)}">${esc(name(id))}</span>`,
    /** The row's own unit where it names one (the unit that nominated), else where the register says the cadre serves. */
    unit: (id, own) => unitName(own ?? cards.get(id)?.unitId)
  };
}


/** A unit chooser: the units the permission covers, indented by depth. */
export function unitOptions(permission, selected, { blank } = {}) {
  const list = unitsWhere(permission);
  const min = Math.min(...list.map(u => u.depth));
  return (blank ? `<option value="">${esc(blank)}</option>` : '') + list.map(u => `<option value="${u.unitId}"${u.unitId === selected
    ? ' selected' : ''}>${'\u00a0\u00a0'.repeat(u.depth - min)}${esc(u.name)}</option>`).join('');
}

const SCREENS = [
  { nav: 'nav-cadres', label: 'navCadres', href: '#/cadres', allowed: () => may('PERSON_READ') },
  { nav: 'nav-register', label: 'navRegister', href: '#/cadres/new', allowed: () => may('REGISTER_WRITE') },
  { nav: 'nav-import', label: 'navImport', href: '#/import', allowed: () => may('REGISTER_WRITE') || may('REGISTER_EXPORT') },
  { nav: 'nav-units', label: 'navUnits', href: '#/units', allowed: () => may('UNITS_MANAGE') },
  { nav: 'nav-reorganize', label: 'navReorg', href: '#/reorganize', allowed: () => may('UNITS_MANAGE') },
  // Training officer's and provider's screens (training.js, provider.js): offered to whom the routes' @Access lets act.
  { nav: 'nav-programs', label: 'navPrograms', href: '#/programs', allowed: () => may('PROGRAMS_MANAGE') },
  { nav: 'nav-classes', label: 'navClasses', href: '#/classes', allowed: () => may('CLASSES_MANAGE') },
  { nav: 'nav-plans', label: 'navPlans', href: '#/plans', allowed: () => may('PLANS_MANAGE') },
  { nav: 'nav-provider', label: 'navProvider', href: '#/provider', allowed: () => may('RESULTS_RECORD') },
  // Issue 13, needs, nominations, approvals, study plans (nominations.js, approvals.js, studyplans.js): the province
  // stage only for those who decide there.
  { nav: 'nav-needs', label: 'navNeeds', href: '#/needs', allowed: () => may('NEEDS_REGISTER') },
  { nav: 'nav-nominate', label: 'navNominate', href: '#/nominate', allowed: () => may('NOMINATE') },
  { nav: 'nav-nominations', label: 'navNominations', href: '#/nominations', allowed: () => may('NOMINATE') || may('UNIT_APPROVAL') },
  { nav: 'nav-approvals', label: 'navApprovals', href: '#/approvals', allowed: () => may('PROVINCE_APPROVAL') },
  { nav: 'nav-study-plans', label: 'navStudyPlans', href: '#/study-plans', allowed: () => may('NEEDS_REGISTER') || may('PLANS_MANAGE') }
];

function renderNav(current) {
  const shown = SCREENS.filter(s => s.allowed());
  document.getElementById('ops-nav').innerHTML = shown.map(s => `<a href="${s.href}" id="${s.nav}"${s.href === current
    ? ' aria-current="page"' : ''}>${t(s.label)}</a>`).join('');
  return shown;
}

/** The address: '#/cadres/ID?x=1' → {parts: ['cadres', 'ID'], params}. */
export function where() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  return { parts: path ? path.split('/') : [], params: new URLSearchParams(query ?? '') };
}

export function go(path, params) {
  const q = params ? new URLSearchParams([...params].filter(([, v]) => v !== '' && v != null)).toString() : '';
  location.hash = '#/' + path + (q ? '?' + q : '');
}

/** Shows a screen: its name goes on main (data-view) once it is drawn. */
async function route() {
  const main = document.getElementById('main');
  const { parts, params } = where();
  let view = parts[0] ?? '';
  if (!view) {
    const first = SCREENS.find(s => s.allowed());
    if (first) { location.replace(first.href); return; }
  }
  let current = '#/' + parts.join('/');
  const shown = renderNav(current);
  main.dataset.view = 'loading';
  main.setAttribute('aria-busy', 'true');
  try {
    if (!shown.length) {
      main.innerHTML = `<h2 id="view-title">${t('appTitle')}</h2><p class="notice">${t('nothingAllowed')}</p>`;
      view = 'none';
    } else if (view === 'cadres' && parts[1] === 'new') {
      view = await guarded(main, 'REGISTER_WRITE', () => cadres.form(main, null));
    } else if (view === 'cadres' && parts[1] && parts[2] === 'edit') {
      view = await guarded(main, 'REGISTER_WRITE', () => cadres.form(main, parts[1]));
    } else if (view === 'cadres' && parts[1]) {
      view = await guarded(main, 'PERSON_READ', () => cadres.page(main, parts[1]));
    } else if (view === 'cadres') {
      view = await guarded(main, 'PERSON_READ', () => cadres.list(main, params));
    } else if (view === 'import') {
      view = await guarded(main, ['REGISTER_WRITE', 'REGISTER_EXPORT'], () => bulk.screen(main));
    } else if (view === 'reorganize' && parts[1]) {
      view = await guarded(main, 'UNITS_MANAGE', () => reorganize.review(main, parts[1]));
    } else if (view === 'reorganize') {
      view = await guarded(main, 'UNITS_MANAGE', () => reorganize.list(main));
    } else if (view === 'units') {
      view = await guarded(main, 'UNITS_MANAGE', () => units.screen(main, params));
    // Training officer's and provider's screens (training.js, provider.js): reading needs TRAINING_READ, as the routes do.
    } else if (view === 'programs' && parts[1] === 'new') {
      view = await guarded(main, 'PROGRAMS_MANAGE', () => training.programForm(main));
    } else if (view === 'programs') {
      view = await guarded(main, 'TRAINING_READ', () => training.programs(main, params));
    } else if (view === 'classes' && parts[1] === 'new') {
      view = await guarded(main, 'CLASSES_MANAGE', () => training.classForm(main));
    } else if (view === 'classes' && parts[1]) {
      view = await guarded(main, 'TRAINING_READ', () => training.classPage(main, parts[1]));
    } else if (view === 'classes') {
      view = await guarded(main, 'TRAINING_READ', () => training.classes(main, params));
    } else if (view === 'plans' && parts[1]) {
      view = await guarded(main, 'TRAINING_READ', () => training.planPage(main, parts[1]));
    } else if (view === 'plans') {
      view = await guarded(main, 'TRAINING_READ', () => training.plans(main, params));
    } else if (view === 'provider' && parts[1]) {
      view = await guarded(main, 'RESULTS_RECORD', () => provider.classPage(main, parts[1]));
    } else if (view === 'provider') {
      view = await guarded(main, 'RESULTS_RECORD', () => provider.classes(main, params));
    // Issue 13: needs, nominations, approvals, study plans (nominations.js, approvals.js, studyplans.js).
    } else if (view === 'needs') {
      view = await guarded(main, 'NEEDS_REGISTER', () => nominations.needs(main, params));
    } else if (view === 'nominate') {
      view = await guarded(main, 'NOMINATE', () => nominations.nominate(main, params));
    } else if (view === 'nominations') {
      view = await guarded(main, ['NOMINATE', 'UNIT_APPROVAL'], () => nominations.list(main, params));
    } else if (view === 'approvals') {
      view = await guarded(main, 'PROVINCE_APPROVAL', () => approvals.queue(main, params));
    } else if (view === 'waitlist') {
      view = await guarded(main, 'TRAINING_READ', () => approvals.waitlist(main, params));
    } else if (view === 'study-plans') {
      view = await guarded(main, ['TRAINING_READ', 'PERSON_READ'], () => studyplans.screen(main, params));
    } else {
      main.innerHTML = `<h2 id="view-title">${t('appTitle')}</h2>`;
      view = 'unknown';
    }
  } catch (err) {
    main.innerHTML = `<h2 id="view-title">${t('failed')}</h2><p class="error" role="alert">${esc(err.message)}</p>`;
    view = 'error';
  }
  main.removeAttribute('aria-busy');
  main.dataset.view = view;
}

async function guarded(main, permission, show) {
  // One permission, or any of several.
  if (![].concat(permission).some(p => may(p))) {
    main.innerHTML = `<h2 id="view-title">${t('appTitle')}</h2><p class="notice">${t('notAllowed')}</p>`;
    return 'denied';
  }
  return show();
}

/** The unit tree again, after a change to it. */
export async function reloadUnits() {
  const list = await api('/registry/api/v1/units').catch(() => []);
  ctx.units = list;
  ctx.byId = new Map(list.map(u => [u.unitId, u]));
}

function renderSession() {
  const s = ctx.session;
  if (!s) return;
  document.getElementById('session').innerHTML = `<span class="who" id="signed-in-as" title="${t('signedInAs')}">${esc(s.name)}</span>
    <form method="post" action="/logout" id="sign-out"><input type="hidden" name="${esc(s.csrf.parameterName)}" value="${esc(s.csrf.token)}">
    <button type="submit" class="signout">${t('signOut')}</button></form>`;
}

document.addEventListener('click', e => {
  const button = e.target.closest('[data-lang]');
  if (!button) return;
  lang.current = button.dataset.lang;
  localStorage.setItem('lang', lang.current);
  translatePage();
  renderSession();
  route();
});

window.addEventListener('hashchange', route);

(async function start() {
  translatePage();
  ctx.session = await api('/api/session');
  renderSession();
  ctx.me = await api('/registry/api/v1/access/me');
  await reloadUnits();
  route();
})();
