package org.cadretraining.reporting.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The words of the reports and of the dashboard's vocabulary, in Vietnamese (the default) and English. */
public final class Labels {
    public enum Lang {
        VI(Locale.forLanguageTag("vi-VN")), EN(Locale.forLanguageTag("en-GB"));

        public final Locale locale;

        Lang(Locale locale) {
            this.locale = locale;
        }

        public static Lang of(String code) {
            return code != null && code.toLowerCase(Locale.ROOT).startsWith("en") ? EN : VI;
        }
    }

    private static final Map<String, String[]> WORDS = new HashMap<>();

    private static void w(String key, String vi, String en) {
        WORDS.put(key, new String[] {vi, en});
    }

    static {
        // report frame
        w("report.progress", "Báo cáo chất lượng đội ngũ cán bộ", "Cadre quality report");
        w("report.targets", "Báo cáo tiến độ thực hiện chỉ tiêu", "Report on progress against targets");
        w("report.classes", "Báo cáo thống kê lớp đào tạo, bồi dưỡng", "Training class statistics");
        w("report.plan", "Báo cáo thực hiện kế hoạch đào tạo, bồi dưỡng", "Training plan fulfilment report");
        w("report.record", "Hồ sơ đào tạo của cán bộ", "Cadre training record");
        w("meta.unit", "Đơn vị", "Unit");
        w("meta.period", "Kỳ báo cáo", "Period");
        w("meta.asOf", "Số liệu tính đến", "Figures as of");
        w("meta.allYears", "Tất cả các năm", "All years");
        w("meta.year", "Năm", "Year");
        w("meta.country", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM");
        w("meta.motto", "Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness");
        // columns
        w("col.no", "STT", "No.");
        w("col.item", "Nội dung", "Item");
        w("col.count", "Số lượng", "Number");
        w("col.percent", "Tỷ lệ (%)", "Share (%)");
        w("col.target", "Chỉ tiêu", "Target");
        w("col.cohort", "Số đối tượng", "Cohort");
        w("col.meeting", "Đạt", "Meeting");
        w("col.threshold", "Chỉ tiêu (%)", "Threshold (%)");
        w("col.deadline", "Thời hạn", "Deadline");
        w("col.gap", "Còn thiếu", "Gap");
        w("col.expected", "Dự kiến đến hạn", "Expected by deadline");
        w("col.status", "Đánh giá", "Assessment");
        w("col.mode", "Hình thức", "Mode");
        w("col.classes", "Số lớp", "Classes");
        w("col.students", "Số học viên", "Students");
        w("col.average", "Bình quân học viên/lớp", "Students per class");
        w("col.fill", "Tỷ lệ lấp đầy (%)", "Fill rate (%)");
        w("col.graduation", "Tỷ lệ tốt nghiệp (%)", "Graduation rate (%)");
        w("col.program", "Chương trình", "Program");
        w("col.category", "Loại", "Category");
        w("col.quota", "Chỉ tiêu", "Quota");
        w("col.sent", "Đã cử", "Sent");
        w("col.unit", "Đơn vị", "Unit");
        w("col.ladder", "Trình độ", "Ladder");
        w("col.level", "Mức", "Level");
        w("col.class", "Lớp", "Class");
        w("col.from", "Từ ngày", "From");
        w("col.to", "Đến ngày", "To");
        w("status.onTrack", "Đúng tiến độ", "On track");
        w("status.atRisk", "Có nguy cơ không đạt", "At risk");
        w("status.met", "Đạt (tính đến hạn)", "Met (as of the deadline)");
        w("status.missed", "Không đạt (tính đến hạn)", "Missed (as of the deadline)");
        w("status.noCohort", "Chưa có đối tượng", "Nobody in the cohort");
        w("row.headcount", "Tổng số cán bộ", "Headcount");
        w("row.women", "Nữ", "Women");
        w("row.ethnicMinority", "Dân tộc thiểu số", "Ethnic minority");
        w("row.young", "Trẻ (dưới 35 tuổi)", "Young (under 35)");
        w("row.studyingNow", "Đang đi học", "Studying now");
        w("row.total", "Tổng cộng", "Total");
        w("row.ratio", "Tỷ lệ học viên tập trung : tại chức", "Concentrated : in-service students");
        w("row.ratioRule", "Quy định 1 : 1,2", "Rule 1 : 1.2");
        w("section.politicalTheory", "Lý luận chính trị", "Political theory");
        w("section.professional", "Chuyên môn", "Professional");
        w("section.stateManagement", "Quản lý nhà nước", "State management");
        w("section.general", "Số lượng, cơ cấu", "Numbers and composition");
        w("section.enrollments", "Đang học", "Current studies");
        w("section.graduations", "Đã tốt nghiệp", "Graduations");
        // vocabulary
        w("NONE", "Chưa qua đào tạo", "None");
        w("ELEMENTARY", "Sơ cấp", "Elementary");
        w("INTERMEDIATE", "Trung cấp", "Intermediate");
        w("ADVANCED", "Cao cấp", "Advanced");
        w("BACHELOR", "Cử nhân", "Bachelor");
        w("VOCATIONAL", "Trung cấp", "Vocational");
        w("COLLEGE", "Cao đẳng", "College");
        w("UNIVERSITY", "Đại học", "University");
        w("MASTER", "Thạc sĩ", "Master");
        w("DOCTORATE", "Tiến sĩ", "Doctorate");
        w("SPECIALIST_DOCTOR_I", "Chuyên khoa I", "Specialist doctor I");
        w("SPECIALIST_DOCTOR_II", "Chuyên khoa II", "Specialist doctor II");
        w("SPECIALIST", "Chuyên viên", "Specialist");
        w("PRINCIPAL_SPECIALIST", "Chuyên viên chính", "Principal specialist");
        w("SENIOR_SPECIALIST", "Chuyên viên cao cấp", "Senior specialist");
        w("CONCENTRATED", "Tập trung", "Concentrated");
        w("IN_SERVICE", "Tại chức", "In-service");
        w("ONLINE", "Trực tuyến", "Online");
        w("POLITICAL_THEORY", "Lý luận chính trị", "Political theory");
        w("STATE_MANAGEMENT", "Quản lý nhà nước", "State management");
        w("LEADERSHIP", "Lãnh đạo, quản lý", "Leadership");
        w("DEFENCE_SECURITY", "Quốc phòng, an ninh", "Defence and security");
        w("PARTY_WORK", "Nghiệp vụ công tác Đảng", "Party work");
        w("ELECTED_DEPUTIES", "Đại biểu dân cử", "Elected deputies");
        w("POSTGRADUATE", "Sau đại học", "Postgraduate");
        w("PROFESSIONAL", "Chuyên môn", "Professional");
        w("PROVINCE", "Cấp tỉnh", "Province");
        w("DISTRICT", "Cấp huyện", "District");
        w("COMMUNE", "Cấp xã", "Commune");
    }

    private Labels() {
    }

    /** The word for {@code key}, or the key itself when there is none (a program id, a name). */
    public static String of(String key, Lang lang) {
        String[] words = key == null ? null : WORDS.get(key);
        return words == null ? (key == null ? "" : key) : words[lang.ordinal()];
    }

    /** Every word in one language: the dashboard reads these so that it and the exports say the same. */
    public static Map<String, String> all(Lang lang) {
        Map<String, String> all = new HashMap<>();
        WORDS.forEach((k, v) -> all.put(k, v[lang.ordinal()]));
        return all;
    }
}
