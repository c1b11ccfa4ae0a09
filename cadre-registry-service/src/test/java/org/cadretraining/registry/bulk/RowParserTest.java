package org.cadretraining.registry.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.registry.cadres.Ethnicity;
import org.junit.jupiter.api.Test;

class RowParserTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static SheetRow row(String... cells) {
        return new SheetRow(7, List.of(cells));
    }

    @Test
    void readsVietnameseWordsCodesAndDatesAsOfficialsTypeThem() {
        RowParser.Result result = RowParser.parse(row("011088000123", " Quàng Văn Minh ", "12/03/1988", "nam", "Khơ mú",
                "DB-01", "Chuyên viên", "chuyen vien chinh", "PROVINCIAL_STANDING_COMMITTEE", "Có", "2012-05-19",
                "Thạc sĩ", "Trung cấp", ""), TODAY);
        assertThat(result.problems()).isEmpty();
        var cadre = result.row().cadre();
        assertThat(cadre.gender()).isEqualTo(Gender.MALE);
        assertThat(cadre.ethnicity()).isEqualTo(Ethnicity.KHO_MU);
        assertThat(cadre.rank()).isEqualTo(CivilServiceRank.PRINCIPAL_SPECIALIST);
        assertThat(cadre.managementTier()).isEqualTo(ManagementTier.PROVINCIAL_STANDING_COMMITTEE);
        assertThat(cadre.partyJoinDate()).isEqualTo(LocalDate.of(2012, 5, 19));
        assertThat(result.row().levels()).extracting(q -> q.ladder() + "=" + q.level())
                .containsExactly("PROFESSIONAL=MASTER", "POLITICAL_THEORY=INTERMEDIATE");
        assertThat(result.row().unitCode()).isEqualTo("DB-01");
    }

    @Test
    void namesEveryColumnThatFailsWithTheRowsLine() {
        RowParser.Result result = RowParser.parse(row("011088000123", "", "30/02/1988", "?", "Kinh", "", "", "Bộ trưởng",
                "", "có lẽ", "", "Giáo sư", "", ""), TODAY);
        assertThat(result.problems()).extracting(p -> p.line() + ":" + p.column()).containsExactly("7:Họ và tên",
                "7:Ngày sinh", "7:Giới tính", "7:Mã đơn vị", "7:Ngạch", "7:Đảng viên", "7:Trình độ chuyên môn");
    }

    @Test
    void appliesTheRegistrationRulesAndMapsThemToColumns() {
        RowParser.Result result = RowParser.parse(row("011188000123", "Quàng Văn Minh", "12/03/1988", "Nam", "Thái", "DB-01",
                "", "", "", "Không", "19/05/2012", "", "", ""), TODAY);
        assertThat(result.problems()).extracting(RowProblem::column).containsExactly("Số CCCD", "Ngày vào Đảng");
    }
}
