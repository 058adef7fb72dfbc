package pl.asysta.shared;

/**
 * What an institution is (docs/access-matrix.md). It decides which statutory grounds of access can name it: only an
 * interdisciplinary team works under the Niebieska Karta procedure, only a PCPR coordinates foster care.
 */
public enum InstitutionKind {
    /** Ośrodek pomocy społecznej: the gmina's centre that owns the family cases. */
    SOCIAL_WELFARE_CENTRE,
    /** Powiatowe centrum pomocy rodzinie: foster care and its coordinators. */
    FAMILY_SUPPORT_CENTRE,
    SCHOOL,
    HEALTH_SERVICE,
    COURT,
    /** Zespół interdyscyplinarny or a diagnostic-support group working under it. */
    INTERDISCIPLINARY_TEAM,
    SUPPORTING_FAMILY,
    NGO
}
