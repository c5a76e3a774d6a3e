/**
 * Emission-factor libraries (排放因子库) owned by rule authors: Drools decision tables, one per source and
 * version, every row with its value, unit, citation and verification status. A library version is compiled once
 * per content hash; lookups run on an index built when the version is activated.
 */
package org.dualcarbon.factors;
