package pl.asysta.accessreview;

import java.time.LocalDate;

import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;

/** A member of a family, to choose for a subject access report. */
public record MemberOption(String memberId, String firstName, String lastName, Kinship kinship, LocalDate birthDate) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
