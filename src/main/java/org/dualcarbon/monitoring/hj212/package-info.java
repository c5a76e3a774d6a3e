/**
 * HJ 212-2017 codec (《污染物在线监控（监测）系统数据传输标准》, the data transmission standard of online pollution
 * monitoring): plain Java, no Spring, no I/O. The monitoring ingestion (MQTT and TCP) hands each received frame to
 * {@link org.dualcarbon.monitoring.hj212.Hj212Parser}, which answers with a parsed
 * {@link org.dualcarbon.monitoring.hj212.Hj212Frame} or a rejection code and a bilingual reason; the data simulator and
 * the platform's acknowledgements build frames with {@link org.dualcarbon.monitoring.hj212.Hj212Encoder} and
 * {@link org.dualcarbon.monitoring.hj212.Hj212Replies}.
 *
 * <p>Packet layout, fields and codes: {@code shared/reference/domain.md} §8.1; check code: §8.2. Field devices that
 * deviate from the standard in known ways are accepted only when their
 * {@link org.dualcarbon.monitoring.hj212.Hj212Compatibility} allows it, and each accepted frame lists the deviations
 * it needed.
 */
package org.dualcarbon.monitoring.hj212;
