package org.peacetrack.search;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The index checkpoint runs on Spring's scheduler (IndexCatchUpAtStartup). */
@Configuration
@EnableScheduling
class SearchScheduling {
}
