/**
 * 备份与恢复 — backup and restore of the platform's data (GB/T 22239-2019 §8.1.4.9, security.md §6.4): one command
 * takes a consistent online backup of the database (H2: {@code SCRIPT} in one repeatable-read transaction; MySQL and
 * MariaDB: {@code mysqldump --single-transaction}) with a manifest of digests and of the key files the data depend on;
 * one command restores it into an empty database after checking every digest and key. The restore drill ends with the
 * ledger's whole verification on the restored platform (docs/disaster-recovery.md).
 *
 * <p>Keys are never copied into a backup: the manifest records each key file's path and SHA-256, so a restore refuses
 * to go on without the very keys the ledger and encrypted fields need. These commands run beside (or instead of) the
 * platform, without Spring.
 */
package org.dualcarbon.backup;
