package org.dualcarbon.demo;

/** The demo data set was written straight into the tables (organisations, users, activity data), past the services. */
public record DemoDataLoaded(int activityRows) {
}
