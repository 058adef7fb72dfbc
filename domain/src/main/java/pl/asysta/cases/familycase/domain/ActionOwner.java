package pl.asysta.cases.familycase.domain;

/**
 * Who carries out a plan action: a family member, the assistant, or a named institution (a school, a health
 * service, a supporting family ...). {@code reference} is the member id or the institution id, when known.
 */
public record ActionOwner(Kind kind, String name, String reference) {

    public enum Kind { FAMILY_MEMBER, ASSISTANT, INSTITUTION }
}
