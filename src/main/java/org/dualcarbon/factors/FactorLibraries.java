package org.dualcarbon.factors;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.factors.internal.CompiledLibrary;
import org.dualcarbon.factors.internal.LibraryVersionMapper;
import org.springframework.stereotype.Service;

/**
 * The factor library versions the platform knows, and lookups in any of them. Each version is compiled once per
 * content hash and kept with its index, so a lookup is a map access; the result for a given year under a given
 * version never changes, because versions are never edited.
 */
@Service
public class FactorLibraries {

    private final LibraryVersionMapper versions;
    private final Map<String, CompiledLibrary> compiledByHash = new ConcurrentHashMap<>();

    public FactorLibraries(LibraryVersionMapper versions) {
        this.versions = versions;
    }

    /** Every version with whether it is active, oldest first per library. */
    public List<LibraryVersionMapper.StoredVersion> versions() {
        return versions.all();
    }

    /** Every version with its review state and who uploaded and activated it, oldest first per library. */
    public List<FactorLibraryRecord> history() {
        return versions.all().stream().map(v -> new FactorLibraryRecord(v.code(), v.version(), v.title(), v.status(),
                v.rowCount(), v.origin(), v.reviewState(), v.uploadedBy(), v.processInstanceId(), v.active(),
                v.activatedAt(), v.activatedBy(), v.reason())).toList();
    }

    /** The active version of a library. */
    public Optional<FactorLibraryVersion> active(String code) {
        return versions.all().stream().filter(v -> v.code().equals(code) && v.active())
                .map(LibraryVersionMapper.StoredVersion::toVersion).findFirst();
    }

    /** The lookup of one version (compiled on first use, then cached by content hash). */
    public FactorLookup lookup(String code, String version) {
        return compiled(code, version);
    }

    /** The lookup of the active version of a library. */
    public FactorLookup activeLookup(String code) {
        FactorLibraryVersion version = active(code).orElseThrow(() -> new NotFoundException("active factor library", code));
        return compiled(version.code(), version.version());
    }

    /** The stored table of a version, byte for byte. */
    public byte[] content(String code, String version) {
        return versions.content(code, version).map(c -> c.getBytes(StandardCharsets.UTF_8))
                .orElseThrow(() -> new NotFoundException("factor library", code + "@" + version));
    }

    public List<Factor> rows(String code, String version) {
        return compiled(code, version).rows();
    }

    public FactorLibraryVersion version(String code, String version) {
        return versions.find(code, version).map(LibraryVersionMapper.StoredVersion::toVersion)
                .orElseThrow(() -> new NotFoundException("factor library", code + "@" + version));
    }

    private CompiledLibrary compiled(String code, String version) {
        LibraryVersionMapper.StoredVersion stored = versions.find(code, version)
                .orElseThrow(() -> new NotFoundException("factor library", code + "@" + version));
        return compiledByHash.computeIfAbsent(stored.contentHash(), hash -> {
            String content = versions.content(code, version).orElseThrow();
            return CompiledLibrary.build(code + "-" + version + ".drl.csv", content.getBytes(StandardCharsets.UTF_8), hash,
                    stored.origin());
        });
    }

    /** Puts an already compiled version into the cache (used when it was compiled to be registered). */
    public void remember(CompiledLibrary library) {
        compiledByHash.putIfAbsent(library.version().contentHash(), library);
    }
}
