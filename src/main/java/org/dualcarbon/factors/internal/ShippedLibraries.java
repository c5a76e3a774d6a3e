package org.dualcarbon.factors.internal;

import java.util.HashSet;
import java.util.Set;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.dualcarbon.factors.FactorLibraries;
import org.dualcarbon.factors.FactorLibraryActivated;
import org.springframework.context.ApplicationEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers the factor tables shipped under rules/factors on start: each is checked and compiled, stored as a
 * version, and activated when its library has no active version yet. A shipped file whose content differs from
 * the stored version of the same code and version is refused loudly: versions are never overwritten.
 */
@Component
@Order(15)
class ShippedLibraries implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedLibraries.class);

    private final LibraryVersionMapper versions;
    private final FactorLibraries libraries;

    private final ApplicationEventPublisher events;

    ShippedLibraries(LibraryVersionMapper versions, FactorLibraries libraries, ApplicationEventPublisher events) {
        this.events = events;
        this.versions = versions;
        this.libraries = libraries;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:rules/factors/*.drl.csv");
        int registered = 0;
        Set<String> known = new HashSet<>();
        versions.all().forEach(v -> known.add(v.contentHash()));
        for (Resource file : files) {
            byte[] content = file.getInputStream().readAllBytes();
            String hash = TableFiles.sha256(content);
            if (known.contains(hash)) {
                // registered on an earlier start: compiled lazily on first lookup
                continue;
            }
            CompiledLibrary library = CompiledLibrary.build(file.getFilename(), content, hash, "SHIPPED");
            var stored = versions.find(library.version().code(), library.version().version());
            if (stored.isPresent()) {
                if (!stored.get().contentHash().equals(hash)) {
                    log.error("shipped factor table {} differs from the stored version {}@{}; keeping the stored one — "
                            + "give the changed table a new version", file.getFilename(), library.version().code(),
                            library.version().version());
                }
                continue;
            }
            boolean activate = libraries.active(library.version().code()).isEmpty();
            versions.insert(library.version(), new String(content, StandardCharsets.UTF_8), "APPROVED", "platform", activate,
                    activate ? "platform" : null, activate ? "随平台发布的初始版本 / shipped first version" : null);
            libraries.remember(library);
            if (activate) {
                events.publishEvent(new FactorLibraryActivated(library.version().code(), library.version().version(), "platform"));
            }
            registered++;
        }
        log.info("factor libraries: {} shipped tables, {} newly registered", files.length, registered);
    }
}
