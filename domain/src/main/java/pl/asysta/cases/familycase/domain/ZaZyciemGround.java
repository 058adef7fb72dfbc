package pl.asysta.cases.familycase.domain;

/** Why a family is supported under the "Za życiem" act. */
public enum ZaZyciemGround { PREGNANCY, CHILD_WITH_SEVERE_DISABILITY }
