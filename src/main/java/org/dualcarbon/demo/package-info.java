/**
 * The demo data set of the no-install run: a real province's divisions (宁夏回族自治区, from the division
 * catalogue), fictional parks, groups, enterprises and units, five years of monthly activity data with
 * seasonality, trends and a few deliberate anomalies, and one account per role. Generated from a seed, so the
 * same seed always gives the same data.
 */
package org.dualcarbon.demo;
