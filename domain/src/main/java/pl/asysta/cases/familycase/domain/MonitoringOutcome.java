package pl.asysta.cases.familycase.domain;

/** How the monitoring period after closure ended. */
public enum MonitoringOutcome { SITUATION_STABLE, NEEDS_RENEWED_SUPPORT, CONTACT_LOST }
