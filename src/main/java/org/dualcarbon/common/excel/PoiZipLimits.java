package org.dualcarbon.common.excel;

import org.springframework.stereotype.Component;

/**
 * Applies POI's zip-bomb limits at start-up, so that every reader of uploaded Office files (factor tables too, not
 * only report workbooks) has them from the first request on, not only after the first report import.
 */
@Component
class PoiZipLimits {

    PoiZipLimits() {
        UploadedWorkbooks.applyZipLimits();
    }
}
