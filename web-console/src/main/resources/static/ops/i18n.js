// The console's words, Vietnamese first, in the dashboard's style: t('key', {vars}); enum values by word('Kind', VALUE).
import TRAINING_WORDS from './words-training.js'; // training officer's and provider's screens: merged below, after UI
import NOMINATION_WORDS from './words-nominations.js'; // issue 13: needs, nominations, approvals, study plans
export const UI = {
  vi: {
    skip: 'Bỏ qua đến nội dung', appTitle: 'Nghiệp vụ cán bộ', toDashboard: 'Bảng số liệu', signOut: 'Đăng xuất',
    signedInAs: 'Đã đăng nhập', navCadres: 'Danh sách cán bộ', navRegister: 'Đăng ký cán bộ', navImport: 'Nhập, xuất danh sách',
    loading: 'Đang tải…', failed: 'Không tải được dữ liệu', signedOut: 'Phiên làm việc đã hết', nothingAllowed:
      'Tài khoản chưa được giao quyền nghiệp vụ nào.', notAllowed: 'Tài khoản không có quyền với màn hình này.',
    uploading: 'Đang tải tệp lên', networkFailed: 'Không kết nối được máy chủ', reorgApplying: 'Đang thực hiện phương án…',
    ladderFilter: 'Trình độ theo', levelMatch: 'So với trình độ', committee: 'Cấp ủy',
    cadres: 'Danh sách cán bộ', unit: 'Đơn vị', subunits: 'Gồm đơn vị trực thuộc', tier: 'Diện quản lý', status: 'Trạng thái',
    all: 'Tất cả', text: 'Họ tên (gõ có dấu hoặc không dấu)', filter: 'Lọc', fullName: 'Họ và tên', birthDate: 'Ngày sinh',
    gender: 'Giới tính', position: 'Chức vụ', rank: 'Ngạch', noRows: 'Không có cán bộ nào.', page: 'Trang {page}/{pages} · {total} {noun}', itemsNoun: 'mục', noItems: 'Không có mục nào.', cadresNoun: 'cán bộ', classesNoun: 'lớp', programsNoun: 'chương trình', plansNoun: 'kế hoạch',
    nominationsNoun: 'đề cử', studyPlansNoun: 'kế hoạch học tập',
    prev: 'Trang trước', next: 'Trang sau', pageSize: 'Số dòng', register: 'Đăng ký cán bộ mới', edit: 'Sửa hồ sơ',
    nationalId: 'Số định danh cá nhân (CCCD)', ethnicity: 'Dân tộc', partyMember: 'Đảng viên', partyJoinDate: 'Ngày vào Đảng',
    servingSince: 'Công tác từ ngày', save: 'Lưu', cancel: 'Hủy', saved: 'Đã lưu hồ sơ của {name}.', registered: 'Đã đăng ký cán bộ {name}.',
    required: 'bắt buộc', none: 'Không', profile: 'Lý lịch', levels: 'Trình độ hiện tại', qualifications: 'Văn bằng, chứng chỉ',
    history: 'Lịch sử thay đổi', action: 'Thao tác', actor: 'Người thực hiện', at: 'Thời điểm', changes: 'Nội dung',
    ladder: 'Loại trình độ', level: 'Trình độ', fieldOfStudy: 'Chuyên ngành', institution: 'Cơ sở đào tạo', year: 'Năm',
    awardedOn: 'Ngày cấp', source: 'Nguồn', transfer: 'Điều động', toUnit: 'Đến đơn vị', effectiveDate: 'Ngày hiệu lực',
    reason: 'Lý do', departure: 'Nghỉ hưu, thôi việc', addQualification: 'Ghi nhận văn bằng, chứng chỉ', departedOn: 'Ngày thôi',
    transferred: 'Đã điều động {name} đến {unit}.', departed: 'Đã ghi nhận {name} thôi công tác.', recorded: 'Đã ghi nhận văn bằng.',
    masked: 'Thông tin nhạy cảm được che', back: 'Về danh sách', problem: 'Không thực hiện được',
    importTitle: 'Nhập danh sách cán bộ từ tệp', importFile: 'Tệp Excel (.xlsx) hoặc CSV', dryRun: 'Kiểm tra',
    apply: 'Nhập vào hồ sơ', allOrNothing: 'Chỉ nhập khi mọi dòng hợp lệ', template: 'Tải tệp mẫu', exportTitle: 'Xuất danh sách',
    checking: 'Đang kiểm tra tệp…', applying: 'Đang nhập…', dryRunDone: 'Kết quả kiểm tra (chưa ghi gì)', applied: 'Đã nhập: kết quả',
    notCommitted: 'Không ghi dòng nào.', rows: 'Số dòng', accepted: 'Hợp lệ', created: 'Thêm mới', updated: 'Cập nhật',
    unchanged: 'Không đổi', transferredRows: 'Điều động', levelsRecorded: 'Trình độ ghi nhận', rejected: 'Dòng bị từ chối',
    line: 'Dòng', column: 'Cột', noRejected: 'Không có dòng nào bị từ chối.', chooseFile: 'Chọn một tệp.',
    reorgTitle: 'Sắp xếp đơn vị', navReorg: 'Sắp xếp đơn vị', reorgName: 'Tên phương án', reorgFile: 'Tệp phương án (.xlsx hoặc CSV)',
    reorgUpload: 'Tải lên và kiểm tra', reorgList: 'Các phương án', reorgApplied: 'Đã thực hiện', reorgDraft: 'Dự thảo',
    reorgDone: 'Đã thực hiện bởi {who} lúc {at}.', reorgReady: 'Kiểm tra xong: có thể thực hiện (chưa thay đổi gì).',
    reorgBlocked: 'Chưa thể thực hiện: xem các dòng bị từ chối.', unitsCreated: 'Đơn vị thành lập', unitsClosed: 'Đơn vị kết thúc',
    subUnitsMoved: 'Đơn vị trực thuộc chuyển', cadresTransferred: 'Cán bộ chuyển', reorgChanges: 'Các thay đổi', reorgChange: 'Loại thay đổi',
    reorgFrom: 'Đơn vị cũ', reorgTo: 'Đơn vị mới', reorgNewUnits: 'Đơn vị thành lập mới', reorgTransfers: 'Cán bộ chuyển theo đơn vị',
    reorgApply: 'Thực hiện phương án', merge: 'Sáp nhập', split: 'Chia tách', abolish: 'Kết thúc cấp huyện',
    navUnits: 'Đơn vị', unitsTitle: 'Cây đơn vị', kind: 'Loại hình', code: 'Mã', officialCode: 'Mã hành chính',
    validity: 'Hiệu lực', validFrom: 'Từ ngày', validTo: 'Đến ngày', showClosed: 'Hiện đơn vị đã kết thúc', unitLevel: 'Cấp',
    rename: 'Đổi tên', newName: 'Tên mới', move: 'Chuyển trực thuộc', newParent: 'Đơn vị cấp trên mới', createChild: 'Thêm đơn vị trực thuộc',
    name: 'Tên đơn vị', create: 'Thêm', renamed: 'Đã đổi tên thành {name}.', moved: 'Đã chuyển {name} về {parent}.',
    createdUnit: 'Đã thêm đơn vị {name}.', chooseUnit: 'Chọn một đơn vị trong cây để sửa.', selected: 'Đơn vị đang chọn',
    words: {
      Gender: { MALE: 'Nam', FEMALE: 'Nữ' },
      CadreStatus: { ACTIVE: 'Đang công tác', RETIRED: 'Nghỉ hưu', LEFT: 'Thôi việc' },
      ManagementTier: { PROVINCIAL_STANDING_COMMITTEE: 'Ban Thường vụ Tỉnh ủy quản lý', DISTRICT_STANDING_COMMITTEE:
        'Ban Thường vụ Huyện ủy quản lý', UNIT: 'Đơn vị quản lý' },
      CivilServiceRank: { CLERK: 'Cán sự', STAFF: 'Nhân viên', SPECIALIST: 'Chuyên viên', PRINCIPAL_SPECIALIST: 'Chuyên viên chính',
        SENIOR_SPECIALIST: 'Chuyên viên cao cấp' },
      Ladder: { POLITICAL_THEORY: 'Lý luận chính trị', PROFESSIONAL: 'Chuyên môn', STATE_MANAGEMENT: 'Quản lý nhà nước' },
      POLITICAL_THEORY: { NONE: 'Chưa qua đào tạo', ELEMENTARY: 'Sơ cấp', INTERMEDIATE: 'Trung cấp', ADVANCED: 'Cao cấp', BACHELOR: 'Cử nhân' },
      PROFESSIONAL: { NONE: 'Chưa qua đào tạo', VOCATIONAL: 'Trung cấp', COLLEGE: 'Cao đẳng', UNIVERSITY: 'Đại học', MASTER: 'Thạc sĩ',
        DOCTORATE: 'Tiến sĩ', SPECIALIST_DOCTOR_I: 'Bác sĩ chuyên khoa I', SPECIALIST_DOCTOR_II: 'Bác sĩ chuyên khoa II' },
      STATE_MANAGEMENT: { NONE: 'Chưa qua bồi dưỡng', SPECIALIST: 'Chuyên viên', PRINCIPAL_SPECIALIST: 'Chuyên viên chính',
        SENIOR_SPECIALIST: 'Chuyên viên cao cấp' },
      UnitLevel: { PROVINCE: 'Tỉnh', DISTRICT: 'Huyện', COMMUNE: 'Xã' },
      UnitKind: { PROVINCE: 'Tỉnh, thành phố', DISTRICT: 'Huyện (đến 30/6/2025)', COMMUNE: 'Xã', WARD: 'Phường', SPECIAL_ZONE: 'Đặc khu',
        PARTY_COMMITTEE_ORGAN: 'Cơ quan Đảng', STATE_AGENCY: 'Sở, ban, ngành', AGENCY_PARTY_BLOC: 'Đảng ủy các cơ quan',
        PUBLIC_SERVICE_UNIT: 'Đơn vị sự nghiệp', PARTY_CELL: 'Chi bộ', UNCLASSIFIED: 'Chưa phân loại' },
      QualificationSource: { MANUAL: 'Nhập tay', IMPORTED: 'Nhập từ tệp', GRADUATION: 'Tốt nghiệp lớp học' },
      Committee: { PROVINCIAL_EXECUTIVE: 'Ban Chấp hành Đảng bộ tỉnh', DISTRICT_EXECUTIVE: 'Ban Chấp hành Đảng bộ huyện' },
      LevelMatch: { EXACT: 'Đúng trình độ', AT_LEAST: 'Từ trình độ trở lên', BELOW: 'Chưa đạt trình độ' }
    }
  },
  en: {
    skip: 'Skip to content', appTitle: 'Cadre operations', toDashboard: 'Dashboard', signOut: 'Sign out',
    signedInAs: 'Signed in', navCadres: 'Cadres', navRegister: 'Register a cadre', navImport: 'Import and export',
    loading: 'Loading…', failed: 'Could not load', signedOut: 'Your session ended', nothingAllowed:
      'This account holds no operational rights yet.', notAllowed: 'This account may not use this screen.',
    uploading: 'Uploading the file', networkFailed: 'The server could not be reached', reorgApplying: 'Applying the reorganization…',
    ladderFilter: 'Level on', levelMatch: 'Compared with the level', committee: 'Party committee',
    cadres: 'Cadres', unit: 'Unit', subunits: 'With the units below', tier: 'Management tier', status: 'Status',
    all: 'All', text: 'Name (with or without accents)', filter: 'Filter', fullName: 'Full name', birthDate: 'Date of birth',
    gender: 'Gender', position: 'Position', rank: 'Rank', noRows: 'No cadre found.', page: 'Page {page} of {pages} · {total} {noun}', itemsNoun: 'items', noItems: 'Nothing found.', cadresNoun: 'cadres', classesNoun: 'classes', programsNoun: 'programs', plansNoun: 'plans',
    nominationsNoun: 'nominations', studyPlansNoun: 'study plans',
    prev: 'Previous page', next: 'Next page', pageSize: 'Rows', register: 'Register a cadre', edit: 'Edit the profile',
    nationalId: 'Citizen ID', ethnicity: 'Ethnicity', partyMember: 'Party member', partyJoinDate: 'Joined the Party on',
    servingSince: 'Serving since', save: 'Save', cancel: 'Cancel', saved: 'Saved the profile of {name}.', registered: 'Registered {name}.',
    required: 'required', none: 'None', profile: 'Profile', levels: 'Current levels', qualifications: 'Qualifications',
    history: 'History of changes', action: 'Action', actor: 'By', at: 'At', changes: 'Changes',
    ladder: 'Ladder', level: 'Level', fieldOfStudy: 'Field of study', institution: 'Institution', year: 'Year',
    awardedOn: 'Awarded on', source: 'Source', transfer: 'Transfer', toUnit: 'To unit', effectiveDate: 'Effective date',
    reason: 'Reason', departure: 'Retirement or leaving', addQualification: 'Record a qualification', departedOn: 'Departed on',
    transferred: 'Transferred {name} to {unit}.', departed: 'Recorded that {name} left service.', recorded: 'Qualification recorded.',
    masked: 'Sensitive fields masked', back: 'Back to the list', problem: 'Not done',
    importTitle: 'Import cadres from a file', importFile: 'Excel (.xlsx) or CSV file', dryRun: 'Check',
    apply: 'Import into the register', allOrNothing: 'Import only if every row is valid', template: 'Download the template',
    exportTitle: 'Export the register', checking: 'Checking the file…', applying: 'Importing…',
    dryRunDone: 'Check result (nothing written)', applied: 'Imported: result', notCommitted: 'No row was written.', rows: 'Rows',
    accepted: 'Valid', created: 'Created', updated: 'Updated', unchanged: 'Unchanged', transferredRows: 'Transferred',
    levelsRecorded: 'Levels recorded', rejected: 'Rejected rows', line: 'Line', column: 'Column',
    noRejected: 'No row rejected.', chooseFile: 'Choose a file.',
    reorgTitle: 'Reorganizing units', navReorg: 'Reorganization', reorgName: 'Plan name', reorgFile: 'Mapping file (.xlsx or CSV)',
    reorgUpload: 'Upload and check', reorgList: 'Plans', reorgApplied: 'Applied', reorgDraft: 'Draft',
    reorgDone: 'Applied by {who} at {at}.', reorgReady: 'Checked: it can be applied (nothing changed yet).',
    reorgBlocked: 'It cannot be applied yet: see the rejected rows.', unitsCreated: 'Units created', unitsClosed: 'Units closed',
    subUnitsMoved: 'Sub-units moved', cadresTransferred: 'Cadres moved', reorgChanges: 'Changes', reorgChange: 'Change',
    reorgFrom: 'Old unit', reorgTo: 'New unit', reorgNewUnits: 'Units to create', reorgTransfers: 'Cadres moved by unit',
    reorgApply: 'Apply the plan', merge: 'Merger', split: 'Split', abolish: 'District abolished',
    navUnits: 'Units', unitsTitle: 'Unit tree', kind: 'Kind', code: 'Code', officialCode: 'Official code',
    validity: 'Validity', validFrom: 'From', validTo: 'Until', showClosed: 'Show closed units', unitLevel: 'Level',
    rename: 'Rename', newName: 'New name', move: 'Move', newParent: 'New parent unit', createChild: 'Add a unit below',
    name: 'Unit name', create: 'Add', renamed: 'Renamed to {name}.', moved: 'Moved {name} under {parent}.',
    createdUnit: 'Added the unit {name}.', chooseUnit: 'Choose a unit in the tree to change it.', selected: 'Selected unit',
    words: {
      Gender: { MALE: 'Male', FEMALE: 'Female' },
      CadreStatus: { ACTIVE: 'Active', RETIRED: 'Retired', LEFT: 'Left' },
      ManagementTier: { PROVINCIAL_STANDING_COMMITTEE: 'Provincial Standing Committee', DISTRICT_STANDING_COMMITTEE:
        'District Standing Committee', UNIT: 'Unit' },
      CivilServiceRank: { CLERK: 'Clerk', STAFF: 'Staff', SPECIALIST: 'Specialist', PRINCIPAL_SPECIALIST: 'Principal specialist',
        SENIOR_SPECIALIST: 'Senior specialist' },
      Ladder: { POLITICAL_THEORY: 'Political theory', PROFESSIONAL: 'Professional', STATE_MANAGEMENT: 'State management' },
      POLITICAL_THEORY: { NONE: 'None', ELEMENTARY: 'Elementary', INTERMEDIATE: 'Intermediate', ADVANCED: 'Advanced', BACHELOR: 'Bachelor' },
      PROFESSIONAL: { NONE: 'None', VOCATIONAL: 'Vocational', COLLEGE: 'College', UNIVERSITY: 'University', MASTER: 'Master',
        DOCTORATE: 'Doctorate', SPECIALIST_DOCTOR_I: 'Specialist doctor I', SPECIALIST_DOCTOR_II: 'Specialist doctor II' },
      STATE_MANAGEMENT: { NONE: 'None', SPECIALIST: 'Specialist', PRINCIPAL_SPECIALIST: 'Principal specialist',
        SENIOR_SPECIALIST: 'Senior specialist' },
      UnitLevel: { PROVINCE: 'Province', DISTRICT: 'District', COMMUNE: 'Commune' },
      UnitKind: { PROVINCE: 'Province or city', DISTRICT: 'District (until 30/6/2025)', COMMUNE: 'Commune', WARD: 'Ward',
        SPECIAL_ZONE: 'Special zone', PARTY_COMMITTEE_ORGAN: 'Party organ', STATE_AGENCY: 'Department or agency',
        AGENCY_PARTY_BLOC: 'Agency party bloc', PUBLIC_SERVICE_UNIT: 'Public service unit', PARTY_CELL: 'Party cell',
        UNCLASSIFIED: 'Not classified' },
      QualificationSource: { MANUAL: 'Manual', IMPORTED: 'Imported', GRADUATION: 'Class graduation' },
      Committee: { PROVINCIAL_EXECUTIVE: 'Provincial Party Executive Committee', DISTRICT_EXECUTIVE: 'District Party Executive Committee' },
      LevelMatch: { EXACT: 'Exactly', AT_LEAST: 'At least', BELOW: 'Below (not yet reached)' }
    }
  }
};

// Each group of screens keeps its own dictionary, merged in here (its enum words beside the shared ones).
[TRAINING_WORDS, NOMINATION_WORDS].forEach(d => Object.keys(UI).forEach(l => { const { words: w = {}, ...rest } = d[l] ?? {}; Object.assign(UI[l], rest); Object.assign(UI[l].words, w); }));

/** The 54 ethnic groups, as the registry names them (Ethnicity), by their Vietnamese names in both languages. */
export const ETHNICITIES = { KINH: 'Kinh', TAY: 'Tày', THAI: 'Thái', MUONG: 'Mường', KHMER: 'Khơ-me', HOA: 'Hoa', NUNG: 'Nùng',
  HMONG: 'Mông', DAO: 'Dao', GIA_RAI: 'Gia-rai', E_DE: 'Ê-đê', BA_NA: 'Ba-na', SAN_CHAY: 'Sán Chay', CHAM: 'Chăm', CO_HO: 'Cơ-ho',
  XO_DANG: 'Xơ-đăng', SAN_DIU: 'Sán Dìu', HRE: 'Hrê', RA_GLAI: 'Ra-glai', MNONG: 'Mnông', THO: 'Thổ', XTIENG: 'Xtiêng',
  KHO_MU: 'Khơ-mú', BRU_VAN_KIEU: 'Bru-Vân Kiều', CO_TU: 'Cơ-tu', GIAY: 'Giáy', TA_OI: 'Tà-ôi', MA: 'Mạ', GIE_TRIENG: 'Giẻ-Triêng',
  CO: 'Co', CHO_RO: 'Chơ-ro', XINH_MUN: 'Xinh-mun', HA_NHI: 'Hà Nhì', CHU_RU: 'Chu-ru', LAO: 'Lào', KHANG: 'Kháng', LA_CHI: 'La Chí',
  PHU_LA: 'Phù Lá', LA_HU: 'La Hủ', LA_HA: 'La Ha', PA_THEN: 'Pà Thẻn', CHUT: 'Chứt', LU: 'Lự', LO_LO: 'Lô Lô', MANG: 'Mảng',
  CO_LAO: 'Cờ Lao', BO_Y: 'Bố Y', CONG: 'Cống', NGAI: 'Ngái', SI_LA: 'Si La', PU_PEO: 'Pu Péo', BRAU: 'Brâu', O_DU: 'Ơ Đu',
  RO_MAM: 'Rơ-măm' };

const LOCALES = { vi: 'vi-VN', en: 'en-GB' };
export const lang = { current: localStorage.getItem('lang') === 'en' ? 'en' : 'vi' };

export const t = (key, vars = {}) => (UI[lang.current][key] ?? key).replace(/\{(\w+)\}/g, (_, k) => vars[k] ?? '');
export const word = (kind, value) => value == null ? '' : UI[lang.current].words[kind]?.[value] ?? value;
export const words = kind => Object.entries(UI[lang.current].words[kind] ?? {});
/** The options of a chooser of an enum's values, in the language shown; {@code blank} first, for none. */
export const wordOptions = (kind, selected, blank) => (blank !== undefined ? `<option value="">${esc(blank)}</option>` : '') +
  words(kind).map(([k, v]) => `<option value="${k}"${k === selected ? ' selected' : ''}>${esc(v)}</option>`).join('');
export const num = n => n == null ? '–' : new Intl.NumberFormat(LOCALES[lang.current]).format(n);
export const date = d => d ? new Intl.DateTimeFormat(LOCALES[lang.current], { dateStyle: 'medium' }).format(new Date(d)) : '';
export const dateTime = d => d ? new Intl.DateTimeFormat(LOCALES[lang.current], { dateStyle: 'medium', timeStyle: 'short' })
  .format(new Date(d)) : '';
export const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

/** Fills the page's fixed texts (data-i18n) in the language chosen. */
export function translatePage() {
  document.documentElement.lang = lang.current;
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-lang]').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.lang === lang.current)));
}
