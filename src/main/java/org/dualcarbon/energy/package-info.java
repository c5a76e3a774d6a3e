/**
 * Activity items (活动数据项): energy carriers, process inputs and products that units report, and the
 * conversion of energy to tonnes of standard coal equivalent (tce) by GB/T 2589 coefficients, so that energy
 * and emissions are computed from the same activity data.
 */
package org.dualcarbon.energy;
