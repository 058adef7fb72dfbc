package pl.asysta.cases;

/** How the monitoring period after closure ended. */
public enum MonitoringOutcome { SITUATION_STABLE, NEEDS_RENEWED_SUPPORT, CONTACT_LOST }
