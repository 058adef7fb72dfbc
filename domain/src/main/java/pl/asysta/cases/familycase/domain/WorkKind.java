package pl.asysta.cases.familycase.domain;

/** Kinds of documented work (uwr art. 15 ust. 1 pkt 12 and the duty to document all work). */
public enum WorkKind { HOME_VISIT, CONSULTATION, CRISIS_INTERVENTION, INSTITUTION_CONTACT }
