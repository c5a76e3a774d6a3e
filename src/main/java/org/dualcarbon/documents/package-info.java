/**
 * Report documents (报告文件): the annual emission report of a unit and the regional summary for officials, each
 * built once as a {@link org.dualcarbon.documents.ReportDocument} from stored data and rendered to Word (.docx) and
 * PDF. Generating twice from the same data gives the same bytes: every date comes from the data, never the clock.
 * An approved report's documents are fingerprinted (SHA-256) when it is approved.
 */
package org.dualcarbon.documents;
