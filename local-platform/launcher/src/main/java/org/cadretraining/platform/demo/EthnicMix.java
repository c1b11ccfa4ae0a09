package org.cadretraining.platform.demo;

/**
 * The ethnic make-up of a unit's staff: the share of ethnic-minority cadres, and how they split between
 * groups. Everyone else is Kinh.
 *
 * @param minorityShare share of ethnic-minority cadres, in [0, 1]
 * @param minorities    ethnicity enum constant names, weighted
 */
record EthnicMix(double minorityShare, Weighted<String> minorities) {

    static final String KINH = "KINH";

    /** {@code of(0.55, "HMONG 45, HA_NHI 15, THAI 15")}. */
    static EthnicMix of(double minorityShare, String minorities) {
        return new EthnicMix(minorityShare, Weighted.parse(minorities));
    }

    String pick(Dice dice) {
        return dice.chance(minorityShare) ? dice.pick(minorities) : KINH;
    }
}
