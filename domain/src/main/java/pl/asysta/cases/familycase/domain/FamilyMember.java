package pl.asysta.cases.familycase.domain;

import java.time.LocalDate;
import java.time.Period;

/** A member of the family as registered at intake. */
public record FamilyMember(String memberId, String firstName, String lastName, Kinship kinship, LocalDate birthDate) {

    public enum Kinship { PARENT, CHILD, GUARDIAN, OTHER }

    public boolean isChild() {
        return kinship == Kinship.CHILD;
    }

    public int ageOn(LocalDate day) {
        return birthDate == null ? -1 : Period.between(birthDate, day).getYears();
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
