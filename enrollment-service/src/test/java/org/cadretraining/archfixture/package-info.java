/**
 * A small model of two features that break the module borders on purpose, for ModuleBordersTest to show that each of
 * its rules finds them. Outside org.cadretraining.enrollment, so that no Spring context ever scans it.
 */
package org.cadretraining.archfixture;
