/**
 * Roll-ups of stored readings (plain Java, no framework): 1-minute aggregates per device and code, hourly, daily
 * and monthly roll-ups with their validity, and the hourly CEMS CO2 mass. Internal to the monitoring module.
 */
package org.dualcarbon.monitoring.rollup;
