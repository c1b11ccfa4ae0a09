package org.cadretraining.registry.cadres;

/**
 * The 54 ethnic groups recognised in Việt Nam (danh mục các dân tộc Việt Nam). Sensitive personal data under
 * Decree 13/2023: it stays in the registry; events carry only the derived {@link #isMinority()} flag.
 */
public enum Ethnicity {
    KINH("Kinh"), TAY("Tày"), THAI("Thái"), MUONG("Mường"), KHMER("Khơ-me"), HOA("Hoa"), NUNG("Nùng"), HMONG("Mông"),
    DAO("Dao"), GIA_RAI("Gia-rai"), E_DE("Ê-đê"), BA_NA("Ba-na"), SAN_CHAY("Sán Chay"), CHAM("Chăm"), CO_HO("Cơ-ho"),
    XO_DANG("Xơ-đăng"), SAN_DIU("Sán Dìu"), HRE("Hrê"), RA_GLAI("Ra-glai"), MNONG("Mnông"), THO("Thổ"),
    XTIENG("Xtiêng"), KHO_MU("Khơ-mú"), BRU_VAN_KIEU("Bru-Vân Kiều"), CO_TU("Cơ-tu"), GIAY("Giáy"), TA_OI("Tà-ôi"),
    MA("Mạ"), GIE_TRIENG("Giẻ-Triêng"), CO("Co"), CHO_RO("Chơ-ro"), XINH_MUN("Xinh-mun"), HA_NHI("Hà Nhì"),
    CHU_RU("Chu-ru"), LAO("Lào"), KHANG("Kháng"), LA_CHI("La Chí"), PHU_LA("Phù Lá"), LA_HU("La Hủ"), LA_HA("La Ha"),
    PA_THEN("Pà Thẻn"), CHUT("Chứt"), LU("Lự"), LO_LO("Lô Lô"), MANG("Mảng"), CO_LAO("Cờ Lao"), BO_Y("Bố Y"),
    CONG("Cống"), NGAI("Ngái"), SI_LA("Si La"), PU_PEO("Pu Péo"), BRAU("Brâu"), O_DU("Ơ Đu"), RO_MAM("Rơ-măm");

    private final String vietnameseName;

    Ethnicity(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** Dân tộc thiểu số: every group but the Kinh majority. */
    public boolean isMinority() {
        return this != KINH;
    }
}
