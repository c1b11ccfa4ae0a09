package org.cadretraining.platform.demo;

/** The line of work of a unit; it decides which fields its people studied. */
enum Sector {
    /** Party and People's Committee offices, districts and communes. */
    GOVERNMENT,
    /** Party organisation work: the Organisation Board, the agency bloc. */
    PARTY,
    HOME_AFFAIRS,
    EDUCATION,
    HEALTH,
    SCIENCE
}
