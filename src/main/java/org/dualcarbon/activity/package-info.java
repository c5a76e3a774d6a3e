/**
 * Activity data (活动数据): what each emission unit burned, bought, processed and produced, month by month,
 * and the energy figures (tonnes of standard coal equivalent) summed from it for any scope.
 */
package org.dualcarbon.activity;
