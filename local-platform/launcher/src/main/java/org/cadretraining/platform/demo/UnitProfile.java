package org.cadretraining.platform.demo;

/**
 * A unit plus what the generator needs to staff it.
 *
 * @param weight          relative share of the province's cadres this unit employs
 * @param politicalCentre where its people take elementary political theory: the district's political
 *                        centre, or the provincial Political School for provincial agencies
 */
record UnitProfile(DemoUnit unit, UnitKind kind, Sector sector, double weight, EthnicMix ethnicMix,
                   String politicalCentre) {

    String code() {
        return unit.code();
    }
}
