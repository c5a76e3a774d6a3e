/**
 * Organisation model (基础数据): administrative divisions (GB/T 2260), industries (GB/T 4754-2017),
 * industrial parks, enterprise groups, enterprises (统一社会信用代码, GB 32100) and their emission units with
 * the fuels, process inputs and products each reports. Every enterprise-owned row carries the scope path that
 * the data-scope filter checks.
 */
package org.dualcarbon.organization;
