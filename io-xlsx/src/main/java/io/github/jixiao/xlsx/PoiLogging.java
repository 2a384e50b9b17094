// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import java.util.ServiceLoader;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.spi.Provider;

/**
 * Keeps POI's logging quiet in an application that has no Log4j provider. POI (used here for .xls) logs through
 * log4j-api; without a provider, log4j-api prints {@code ERROR Log4j API could not find a logging provider} on
 * standard error and falls back to its simple logger. When no provider is to be found (none registered for
 * {@link ServiceLoader}, no {@code META-INF/log4j-provider.properties}) and no factory or provider is configured,
 * this chooses that same fallback, log4j-api's {@code SimpleLoggerContextFactory} (ERROR and above, on standard
 * error), through the system property {@value #FACTORY}, before POI first logs, so that the choice is made without
 * the error. An application with a provider (log4j-core, log4j-to-slf4j, log4j-to-jul) or its own setting is left
 * as it is.
 */
final class PoiLogging {

    static final String FACTORY = "log4j2.loggerContextFactory";
    private static final String SIMPLE = "org.apache.logging.log4j.simple.SimpleLoggerContextFactory";
    private static final String[] CONFIGURED = {FACTORY, "log4j2.provider", "log4j.provider"};

    private PoiLogging() {
    }

    /** Chooses log4j-api's simple logger if there is no provider and nothing is configured. */
    static synchronized void quiet() {
        for (String property : CONFIGURED) {
            if (System.getProperty(property) != null) {
                return;
            }
        }
        ClassLoader api = LogManager.class.getClassLoader();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        for (ClassLoader loader : new ClassLoader[] {api, context}) {
            if (loader != null && (ServiceLoader.load(Provider.class, loader).stream().findFirst().isPresent()
                    || loader.getResource("META-INF/log4j-provider.properties") != null)) {
                return;
            }
        }
        System.setProperty(FACTORY, SIMPLE);
    }
}
