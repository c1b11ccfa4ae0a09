package org.cadretraining.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.StateManagementLevel;
import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoProvinceTest {

    private static final long SEED = 2026;
    private static final DemoProvince PROVINCE = DemoProvince.generate(SEED, 2000);
    private static final List<DemoCadre> CADRES = PROVINCE.cadres();
    private static final Map<String, DemoUnit> UNITS =
            PROVINCE.units().stream().collect(Collectors.toMap(DemoUnit::code, Function.identity()));

    /** The 54 constant names of the registry's ethnicity enum. */
    private static final Set<String> ETHNICITIES = Set.of("KINH", "TAY", "THAI", "MUONG", "KHMER", "HOA", "NUNG",
            "HMONG", "DAO", "GIA_RAI", "E_DE", "BA_NA", "SAN_CHAY", "CHAM", "CO_HO", "XO_DANG", "SAN_DIU", "HRE",
            "RA_GLAI", "MNONG", "THO", "XTIENG", "KHO_MU", "BRU_VAN_KIEU", "CO_TU", "GIAY", "TA_OI", "MA",
            "GIE_TRIENG", "CO", "CHO_RO", "XINH_MUN", "HA_NHI", "CHU_RU", "LAO", "KHANG", "LA_CHI", "PHU_LA", "LA_HU",
            "LA_HA", "PA_THEN", "CHUT", "LU", "LO_LO", "MANG", "CO_LAO", "BO_Y", "CONG", "NGAI", "SI_LA", "PU_PEO",
            "BRAU", "O_DU", "RO_MAM");

    /** Province-of-birth codes the generator uses (Điện Biên 011 and where cadres came from). */
    private static final Set<String> BIRTH_PROVINCES = Set.of("001", "004", "008", "010", "011", "012", "014", "017",
            "020", "025", "030", "033", "034", "035", "036", "038", "040");

    @Test
    void sameSeedGivesTheSameProvince() {
        assertThat(DemoProvince.generate(7, 500)).isEqualTo(DemoProvince.generate(7, 500));
        assertThat(DemoProvince.generate(SEED, 2000)).isEqualTo(PROVINCE);
        assertThat(DemoProvince.generate(8, 500)).isNotEqualTo(DemoProvince.generate(7, 500));
    }

    @Test
    void unitsFormOneTreeModelledOnDienBien() {
        List<DemoUnit> units = PROVINCE.units();
        assertThat(units).hasSizeBetween(25, 35);
        assertThat(units).extracting(DemoUnit::code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[A-Z0-9]+(-[A-Z0-9]+)*"), "short upper-case ASCII");

        List<DemoUnit> roots = units.stream().filter(u -> u.parentCode() == null).toList();
        assertThat(roots).singleElement().satisfies(root -> {
            assertThat(root.code()).isEqualTo("DB");
            assertThat(root.name()).isEqualTo("Tỉnh Điện Biên");
            assertThat(root.level()).isEqualTo(UnitLevel.PROVINCE);
        });
        for (DemoUnit unit : units) {
            if (unit.parentCode() != null) {
                DemoUnit parent = UNITS.get(unit.parentCode());
                assertThat(parent).as("parent of %s", unit.code()).isNotNull();
                // Territorial units sit one level down; the province's agencies sit at its own level, under it.
                int below = unit.kind() == UnitKind.DISTRICT || unit.level() == UnitLevel.COMMUNE ? 1 : 0;
                assertThat(parent.level().ordinal()).as("level above %s", unit.code()).isEqualTo(unit.level().ordinal() - below);
            }
        }
        assertThat(count(units, u -> u.level() == UnitLevel.DISTRICT)).isEqualTo(6L);
        assertThat(count(units, u -> u.level() == UnitLevel.COMMUNE)).isBetween(14L, 22L);
        assertThat(units).filteredOn(u -> u.name().startsWith("Sở ")).extracting(DemoUnit::kind, DemoUnit::level)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(UnitKind.STATE_AGENCY, UnitLevel.PROVINCE));
        assertThat(units).extracting(DemoUnit::kind).contains(UnitKind.PARTY_COMMITTEE_ORGAN, UnitKind.AGENCY_PARTY_BLOC,
                UnitKind.DISTRICT, UnitKind.WARD, UnitKind.COMMUNE);
        assertThat(units).extracting(DemoUnit::name)
                .contains("Ban Tổ chức Tỉnh ủy", "Sở Nội vụ", "Sở Y tế", "Thành phố Điện Biên Phủ", "Huyện Mường Nhé",
                        "Phường Him Lam", "Xã Mường Phăng", "Xã Na Sang");
    }

    @Test
    void administrativeUnitsCarryTheirOfficialCodesAndAgenciesNone() {
        Map<UnitLevel, Integer> digits = Map.of(UnitLevel.PROVINCE, 2, UnitLevel.DISTRICT, 3, UnitLevel.COMMUNE, 5);
        for (DemoUnit unit : PROVINCE.units()) {
            boolean administrative = Set.of(UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.COMMUNE, UnitKind.WARD)
                    .contains(unit.kind());
            if (administrative) {
                assertThat(unit.officialCode()).as(unit.name()).matches("\\d{" + digits.get(unit.level()) + "}");
            } else {
                assertThat(unit.officialCode()).as(unit.name()).isNull();
            }
            assertThat(unit.validFrom()).isEqualTo(LocalDate.of(2004, 1, 1));
        }
        assertThat(UNITS.get("DB").officialCode()).isEqualTo("11");
        List<String> everCoded = new java.util.ArrayList<>(PROVINCE.units().stream().map(DemoUnit::officialCode)
                .filter(java.util.Objects::nonNull).toList());
        PROVINCE.reorganization().mergers().forEach(m -> everCoded.add(m.successor().officialCode()));
        assertThat(everCoded).as("a code is never reused").doesNotHaveDuplicates();
    }

    @Test
    void theReorganizationLeavesTwoTiersAndEveryCadreInAUnitOfThem() {
        DemoReorganization reorganization = PROVINCE.reorganization();
        assertThat(reorganization.effectiveDate()).isEqualTo(LocalDate.of(2025, 7, 1));
        List<DemoUnit> today = PROVINCE.unitsToday();
        Map<String, DemoUnit> todayByCode = today.stream().collect(Collectors.toMap(DemoUnit::code, Function.identity()));
        assertThat(today).noneMatch(u -> u.level() == UnitLevel.DISTRICT);
        assertThat(today).filteredOn(u -> u.level() == UnitLevel.COMMUNE).allSatisfy(u -> assertThat(u.parentCode()).isEqualTo("DB"));
        assertThat(today).extracting(DemoUnit::name).contains("Phường Điện Biên Phủ", "Phường Mường Lay", "Xã Tủa Chùa",
                "Xã Điện Biên Đông", "Phường Mường Thanh", "Xã Na Sang", "Sở Nội vụ").doesNotContain("Phường Him Lam",
                "Huyện Mường Chà");
        assertThat(reorganization.mergers()).allSatisfy(m -> assertThat(m.successor().validFrom()).isEqualTo(LocalDate.of(2025, 7, 1)));

        Map<String, String> unitOf = PROVINCE.unitsTodayOfCadres();
        assertThat(unitOf).hasSize(CADRES.size());
        assertThat(todayByCode.keySet()).containsAll(unitOf.values());
        Map<String, String> successors = reorganization.successors();
        for (DemoCadre cadre : CADRES) {
            String before = cadre.unitCode();
            String after = unitOf.get(cadre.nationalId());
            if (successors.containsKey(before)) {
                assertThat(after).isEqualTo(successors.get(before));
            } else if (reorganization.districts().contains(before)) {
                assertThat(reorganization.receiversOf(before, PROVINCE.units())).contains(after);
            } else {
                assertThat(after).isEqualTo(before);
            }
        }
        // Each district's own staff are dealt out over all of its successors, not left to one.
        for (String district : reorganization.districts()) {
            Set<String> receivedBy = CADRES.stream().filter(c -> c.unitCode().equals(district))
                    .map(c -> unitOf.get(c.nationalId())).collect(Collectors.toSet());
            assertThat(receivedBy).containsExactlyInAnyOrderElementsOf(reorganization.receiversOf(district, PROVINCE.units()));
        }
    }

    @Test
    void historyIsDatedSoThatEarlierRegistersCountFewer() {
        LocalDate lastDay = LocalDate.of(2025, 6, 30);
        for (DemoCadre cadre : CADRES) {
            assertThat(cadre.servingSince()).as(cadre.fullName()).isBeforeOrEqualTo(lastDay)
                    .isAfterOrEqualTo(UNITS.get(cadre.unitCode()).validFrom())
                    .isAfterOrEqualTo(cadre.birthDate().plusYears(22).isAfter(lastDay) ? lastDay : cadre.birthDate().plusYears(22));
            cadre.qualifications().forEach(q -> assertThat(q.awardedOn().getYear()).isEqualTo(q.year()));
        }
        assertThat(share(c -> c.servingSince().getYear() == 2025)).as("began in 2025").isBetween(0.01, 0.2);
        assertThat(share(c -> c.servingSince().getYear() < 2020)).as("began before 2020").isBetween(0.4, 0.9);
    }

    @Test
    void everyUnitHasCadresMoreInAgenciesAndDistrictsThanCommunes() {
        Map<String, Long> headcounts = CADRES.stream().collect(Collectors.groupingBy(DemoCadre::unitCode, Collectors.counting()));
        assertThat(headcounts.keySet()).isEqualTo(UNITS.keySet());
        double districtAverage = averageHeadcount(headcounts, UnitLevel.DISTRICT);
        double communeAverage = averageHeadcount(headcounts, UnitLevel.COMMUNE);
        assertThat(communeAverage).isGreaterThanOrEqualTo(15);
        assertThat(districtAverage).isGreaterThan(2 * communeAverage);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 29, 30, 31, 200, 2000})
    void generatesTheRequestedNumberOfCadres(int count) {
        DemoProvince province = DemoProvince.generate(11, count);
        assertThat(province.cadres()).hasSize(count);
        if (count >= province.units().size()) {
            assertThat(province.cadres().stream().map(DemoCadre::unitCode).distinct().count())
                    .isEqualTo(province.units().size());
        }
    }

    @Test
    void rejectsANegativeCount() {
        assertThatThrownBy(() -> DemoProvince.generate(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nationalIdsAreUniqueValidCccdsConsistentWithGenderAndBirthYear() {
        assertThat(CADRES).extracting(DemoCadre::nationalId).doesNotHaveDuplicates();
        for (DemoCadre cadre : CADRES) {
            String id = cadre.nationalId();
            int year = cadre.birthDate().getYear();
            int genderCentury = (year >= 2000 ? 2 : 0) + (cadre.gender() == Gender.FEMALE ? 1 : 0);
            assertThat(id).as(cadre.fullName()).matches("\\d{12}");
            assertThat(id.substring(0, 3)).isIn(BIRTH_PROVINCES);
            assertThat(id.charAt(3) - '0').as("gender and century digit of %s", id).isEqualTo(genderCentury);
            assertThat(Integer.parseInt(id.substring(4, 6))).as("birth year digits of %s", id).isEqualTo(year % 100);
        }
        assertThat(share(c -> c.nationalId().startsWith("011"))).as("born in Điện Biên").isBetween(0.6, 0.9);
        assertThat(share(c -> c.birthDate().getYear() >= 2000)).as("born in the 2000s").isPositive();
    }

    @Test
    void bothGendersInRealisticProportion() {
        assertThat(share(c -> c.gender() == Gender.FEMALE)).isBetween(0.35, 0.45);
    }

    @Test
    void severalEthnicGroupsWithTheMinoritySharesOfDienBien() {
        Set<String> groups = CADRES.stream().map(DemoCadre::ethnicity).collect(Collectors.toSet());
        assertThat(ETHNICITIES).containsAll(groups);
        assertThat(groups).contains("KINH", "THAI", "HMONG", "KHO_MU", "DAO", "HA_NHI").hasSizeGreaterThanOrEqualTo(8);
        assertThat(share(DemoCadre::ethnicMinority)).isBetween(0.45, 0.60);
        double communes = share(DemoCadre::ethnicMinority, c -> levelOf(c) == UnitLevel.COMMUNE);
        double provincialAgencies = share(DemoCadre::ethnicMinority, c -> !isTerritorial(UNITS.get(c.unitCode())));
        assertThat(communes).isGreaterThan(0.6).isGreaterThan(provincialAgencies + 0.2);
    }

    @Test
    void namesAreVietnameseWithDiacriticsAndEthnicPatterns() {
        assertThat(CADRES).extracting(DemoCadre::fullName).allMatch(name -> name.split(" ").length >= 3);
        assertThat(share(c -> !c.fullName().matches("[\\p{ASCII}]*"))).isGreaterThan(0.7);

        Map<String, Long> kinhFamilies = CADRES.stream().filter(c -> c.ethnicity().equals("KINH"))
                .collect(Collectors.groupingBy(c -> c.fullName().split(" ")[0], Collectors.counting()));
        String mostCommon = kinhFamilies.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(mostCommon).isEqualTo("Nguyễn");
        assertThat(kinhFamilies).containsKeys("Trần", "Lê", "Phạm", "Hoàng", "Vũ");

        assertThat(share(c -> c.fullName().split(" ")[1].equals("A"), c -> c.ethnicity().equals("HMONG") && c.gender() == Gender.MALE))
                .as("H'Mông men named A").isGreaterThan(0.5);
        assertThat(share(c -> c.fullName().split(" ")[1].equals("Thị"), c -> c.ethnicity().equals("THAI") && c.gender() == Gender.FEMALE))
                .as("Thái women named Thị").isEqualTo(1.0);
        assertThat(CADRES).filteredOn(c -> c.ethnicity().equals("THAI")).extracting(c -> c.fullName().split(" ")[0])
                .contains("Lò", "Quàng", "Cà", "Lường");
    }

    @Test
    void agesWithinWorkingLifeAndRetirementLimits() {
        LocalDate asOf = DemoProvince.AS_OF;
        assertThat(asOf.getYear()).isEqualTo(2026);
        assertThat(CADRES).allSatisfy(c -> assertThat(c.ageOn(asOf)).isBetween(23, 60));
        assertThat(CADRES).filteredOn(c -> c.gender() == Gender.FEMALE).allSatisfy(c -> assertThat(c.ageOn(asOf)).isLessThanOrEqualTo(58));
        assertThat(CADRES).filteredOn(c -> c.gender() == Gender.MALE).allSatisfy(c -> assertThat(c.ageOn(asOf)).isLessThanOrEqualTo(61));
        assertThat(share(c -> c.ageOn(asOf) < 30)).as("young cadres").isBetween(0.03, 0.3);
        assertThat(share(c -> c.ageOn(asOf) >= 50)).as("cadres near retirement").isBetween(0.05, 0.3);
    }

    @Test
    void politicalTheoryLevelsAreMixedAndFollowSeniority() {
        Map<String, Long> levels = CADRES.stream()
                .collect(Collectors.groupingBy(c -> c.highestLevel(Ladder.POLITICAL_THEORY), Collectors.counting()));
        for (PoliticalTheoryLevel level : List.of(PoliticalTheoryLevel.NONE, PoliticalTheoryLevel.ELEMENTARY,
                PoliticalTheoryLevel.INTERMEDIATE, PoliticalTheoryLevel.ADVANCED)) {
            assertThat(levels.getOrDefault(level.name(), 0L)).as(level.name()).isPositive();
        }
        assertThat(levels.get("INTERMEDIATE")).isGreaterThan(levels.get("ELEMENTARY")).isGreaterThan(levels.get("ADVANCED"));
        assertThat(levels.getOrDefault("BACHELOR", 0L)).isPositive().isLessThan(levels.get("ADVANCED"));
        assertThat(share(c -> Set.of("ADVANCED", "BACHELOR").contains(c.highestLevel(Ladder.POLITICAL_THEORY)),
                c -> c.managementTier() == ManagementTier.PROVINCIAL_STANDING_COMMITTEE)).isGreaterThan(0.8);
    }

    @Test
    void qualificationYearsFollowTheBirthDateAndEachLadderClimbsInOrder() {
        for (DemoCadre cadre : CADRES) {
            int birthYear = cadre.birthDate().getYear();
            for (DemoQualification record : cadre.qualifications()) {
                assertThat(record.year()).as("%s: %s", cadre.fullName(), record)
                        .isGreaterThan(birthYear + 18).isLessThan(DemoProvince.AS_OF.getYear());
                assertThat(record.fieldOfStudy()).isNotBlank();
                assertThat(record.institution()).isNotBlank();
            }
            for (Ladder ladder : Ladder.values()) {
                List<DemoQualification> climb = cadre.qualifications().stream().filter(q -> q.ladder() == ladder).toList();
                for (int i = 1; i < climb.size(); i++) {
                    assertThat(ladder.rank(climb.get(i).level())).isGreaterThan(ladder.rank(climb.get(i - 1).level()));
                    assertThat(climb.get(i).year()).isGreaterThanOrEqualTo(climb.get(i - 1).year());
                }
            }
        }
    }

    @Test
    void professionalLevelsVaryByUnitLevelAndSector() {
        Predicate<DemoCadre> provincial = c -> !isTerritorial(UNITS.get(c.unitCode()));
        assertThat(share(c -> c.highestLevel(Ladder.PROFESSIONAL).equals("MASTER"), provincial)).as("masters at province level")
                .isBetween(0.08, 0.2);
        assertThat(share(c -> isAtLeast(c, ProfessionalLevel.MASTER), provincial)).as("all postgraduates at province level")
                .isLessThan(0.3);
        Predicate<DemoCadre> belowUniversity = c -> !isAtLeast(c, ProfessionalLevel.UNIVERSITY);
        assertThat(share(belowUniversity, c -> levelOf(c) == UnitLevel.COMMUNE))
                .isGreaterThan(share(belowUniversity, provincial) + 0.1);
        assertThat(share(c -> c.highestLevel(Ladder.PROFESSIONAL).equals("UNIVERSITY"))).isGreaterThan(0.5);
        assertThat(CADRES).anyMatch(c -> c.highestLevel(Ladder.PROFESSIONAL).equals("DOCTORATE"));

        List<DemoCadre> specialistDoctors = CADRES.stream()
                .filter(c -> c.highestLevel(Ladder.PROFESSIONAL).startsWith("SPECIALIST_DOCTOR")).toList();
        assertThat(specialistDoctors).isNotEmpty().allMatch(c -> c.unitCode().equals("DB-SYT"));
        assertThat(specialistDoctors).extracting(c -> c.highestLevel(Ladder.PROFESSIONAL)).contains("SPECIALIST_DOCTOR_II");
    }

    @Test
    void ranksMatchEducationAndStateManagementTraining() {
        for (DemoCadre cadre : CADRES) {
            StateManagementLevel training = StateManagementLevel.valueOf(cadre.highestLevel(Ladder.STATE_MANAGEMENT));
            if (cadre.rank().compareTo(CivilServiceRank.SPECIALIST) >= 0) {
                assertThat(isAtLeast(cadre, ProfessionalLevel.UNIVERSITY)).as("%s holds a degree", cadre.fullName()).isTrue();
            }
            switch (cadre.rank()) {
                case SENIOR_SPECIALIST -> assertThat(training).isEqualTo(StateManagementLevel.SENIOR_SPECIALIST);
                case PRINCIPAL_SPECIALIST -> assertThat(training).isEqualTo(StateManagementLevel.PRINCIPAL_SPECIALIST);
                case SPECIALIST -> assertThat(training).isIn(StateManagementLevel.NONE, StateManagementLevel.SPECIALIST);
                case STAFF, CLERK -> assertThat(training).isEqualTo(StateManagementLevel.NONE);
            }
        }
        Map<CivilServiceRank, Long> ranks = CADRES.stream().collect(Collectors.groupingBy(DemoCadre::rank, Collectors.counting()));
        assertThat(ranks).containsKeys(CivilServiceRank.values());
        assertThat(ranks.get(CivilServiceRank.SPECIALIST)).isGreaterThan(CADRES.size() / 2);
    }

    @Test
    void positionsAndManagementTiersFitTheUnits() {
        assertThat(CADRES).extracting(DemoCadre::position).contains("Giám đốc Sở", "Phó Giám đốc Sở", "Chuyên viên",
                "Bí thư Đảng ủy xã", "Chủ tịch UBND xã", "Công chức Tư pháp – Hộ tịch", "Công chức Văn phòng – Thống kê");
        // "Văn xã" (cultural and social affairs) also ends in "xã"; commune titles end in "UBND xã" and the like.
        assertThat(CADRES).filteredOn(c -> c.position().matches(".*(ủy|UBND|HĐND) (xã|phường|thị trấn)") || c.position().startsWith("Công chức"))
                .isNotEmpty().allMatch(c -> levelOf(c) == UnitLevel.COMMUNE);
        assertThat(CADRES).filteredOn(c -> c.position().equals("Giám đốc Sở"))
                .allMatch(c -> UNITS.get(c.unitCode()).name().startsWith("Sở "));

        assertThat(share(c -> c.managementTier() == ManagementTier.PROVINCIAL_STANDING_COMMITTEE)).isBetween(0.01, 0.06);
        assertThat(share(c -> c.managementTier() == ManagementTier.DISTRICT_STANDING_COMMITTEE)).isBetween(0.03, 0.2);
        assertThat(CADRES).filteredOn(c -> c.managementTier() == ManagementTier.DISTRICT_STANDING_COMMITTEE)
                .allMatch(c -> isTerritorial(UNITS.get(c.unitCode())) || levelOf(c) == UnitLevel.COMMUNE);
    }

    @Test
    void mostCadresAndAllLeadersArePartyMembersWhoJoinedAsAdults() {
        assertThat(share(DemoCadre::partyMember)).isBetween(0.6, 0.7);
        assertThat(CADRES).filteredOn(c -> c.managementTier() != ManagementTier.UNIT).allMatch(DemoCadre::partyMember);
        for (DemoCadre cadre : CADRES.stream().filter(DemoCadre::partyMember).toList()) {
            assertThat(cadre.partyJoinDate()).as(cadre.fullName())
                    .isAfter(cadre.birthDate().plusYears(18))
                    .isBefore(DemoProvince.AS_OF);
        }
    }

    @Test
    void generatesTwoThousandCadresWellUnderASecond() {
        assertTimeout(Duration.ofSeconds(1), () -> DemoProvince.generate(99, 2000));
    }

    @Test
    void theCatalogueNamesTheSchoolsForEveryDegreeField() {
        Set<String> unknown = new HashSet<>();
        for (DemoCadre cadre : CADRES) {
            for (DemoQualification record : cadre.qualifications()) {
                if (record.ladder() == Ladder.PROFESSIONAL && isUniversityOrAbove(record.level())
                        && !StudyCatalogue.knowsSchoolsFor(record.fieldOfStudy())) {
                    unknown.add(record.fieldOfStudy());
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyEthnicGroupAUnitDrawsFromIsARegistryEthnicityWithANamingPattern() {
        for (UnitProfile unit : DienBienUnits.all()) {
            assertThat(unit.ethnicMix().minorities().items()).as(unit.code())
                    .isNotEmpty()
                    .allMatch(ETHNICITIES::contains)
                    .allMatch(VietnameseNames::knows);
        }
        assertThat(VietnameseNames.knows(EthnicMix.KINH)).isTrue();
    }

    private static boolean isUniversityOrAbove(String level) {
        return ProfessionalLevel.valueOf(level).compareTo(ProfessionalLevel.UNIVERSITY) >= 0;
    }

    private static boolean isAtLeast(DemoCadre cadre, ProfessionalLevel level) {
        return ProfessionalLevel.valueOf(cadre.highestLevel(Ladder.PROFESSIONAL)).compareTo(level) >= 0;
    }

    /** Districts, the city and the town, as opposed to provincial agencies at the same level. */
    private static boolean isTerritorial(DemoUnit unit) {
        return unit.level() == UnitLevel.COMMUNE
                || unit.name().startsWith("Huyện ") || unit.name().startsWith("Thành phố ") || unit.name().startsWith("Thị xã ");
    }

    private static UnitLevel levelOf(DemoCadre cadre) {
        return UNITS.get(cadre.unitCode()).level();
    }

    private static double averageHeadcount(Map<String, Long> headcounts, UnitLevel level) {
        return headcounts.entrySet().stream().filter(e -> UNITS.get(e.getKey()).level() == level)
                .mapToLong(Map.Entry::getValue).average().orElseThrow();
    }

    private static double share(Predicate<DemoCadre> property) {
        return share(property, c -> true);
    }

    /** The share of cadres in {@code population} that have {@code property}. */
    private static double share(Predicate<DemoCadre> property, Predicate<DemoCadre> population) {
        List<DemoCadre> members = CADRES.stream().filter(population).toList();
        return members.stream().filter(property).count() / (double) members.size();
    }

    private static <T> long count(List<T> items, Predicate<T> property) {
        return items.stream().filter(property).count();
    }
}
