package org.dualcarbon.ledger.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.ledger.LedgerRecord;
import org.dualcarbon.ledger.SignedTreeHead;

/** The ledger's tables: platform-wide (no scope_path), read only by holders of LEDGER_VERIFY through the services. */
@Mapper
public interface LedgerMapper {

    /** The ledger's size and last entry hash, locked until the appending transaction ends: one writer at a time. */
    Head lockHead();

    long size();

    void insertRecord(@Param("r") LedgerRecord record, @Param("leafHash") String leafHash);

    void advanceHead(@Param("size") long size, @Param("lastHash") String lastHash);

    List<LedgerRecord> records(@Param("from") long from, @Param("limit") int limit);

    Optional<LedgerRecord> record(@Param("seq") long seq);

    /** The stored leaf hashes of records {@code 0 .. size-1}, in order. */
    List<String> leafHashes(@Param("size") long size);

    Optional<String> lastObjectId(@Param("type") String type);

    void insertTreeHead(@Param("h") SignedTreeHead head);

    Optional<SignedTreeHead> latestTreeHead();

    List<SignedTreeHead> treeHeads(@Param("limit") int limit);

    /** The head row: the number of records and the entry hash of the last one. */
    record Head(long size, String lastHash) {
    }
}
