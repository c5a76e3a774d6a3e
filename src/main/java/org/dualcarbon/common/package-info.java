/**
 * Shared kernel: the few concepts every capability speaks — data scope, identifiers with their check
 * digits, and the web error format. Kept small on purpose.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.dualcarbon.common;
