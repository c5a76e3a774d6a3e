/**
 * Monitoring ingestion (数据采集层 物联网采集): devices publish JSON or HJ 212-2017 frames over MQTT; each message is
 * checked against its sender (topic and MN), validated, stored exactly once (by device and QN, readings by device,
 * data time, code and kind) and acknowledged only after it is committed; every rejected message is kept with its
 * reason and counted.
 */
package org.dualcarbon.monitoring;
