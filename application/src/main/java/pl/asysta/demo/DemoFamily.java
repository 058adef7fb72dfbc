package pl.asysta.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;

/**
 * One of the demo gmina's families as the story needs it: its number (which also gives its case id), surname,
 * street and people, the first of them the parent who deals with the centre. Birth dates and phone numbers are
 * made up from the number, so each family's are the same on every seeding.
 */
record DemoFamily(int number, String name, String street, List<Person> people) {

    /** A member of the family; {@code female} chooses the Polish verb endings in the notes about them. */
    record Person(String name, String lastName, int born, Kinship kinship, boolean female) {

        String fullName() {
            return name + " " + lastName;
        }
    }

    static DemoFamily family(int number, String name, String street, Person... people) {
        return new DemoFamily(number, name, street, List.of(people));
    }

    static Person mother(String name, String lastName, int born) {
        return new Person(name, lastName, born, Kinship.PARENT, true);
    }

    static Person father(String name, String lastName, int born) {
        return new Person(name, lastName, born, Kinship.PARENT, false);
    }

    static Person child(String name, String lastName, int born) {
        return new Person(name, lastName, born, Kinship.CHILD, name.endsWith("a"));
    }

    Person lead() {
        return people.getFirst();
    }

    String phone() {
        return "600 4%02d %03d".formatted(number, 100 + number * 7);
    }

    /** The lead parent as the owner of an action of the plan. */
    ActionOwner leadOwner() {
        return new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, lead().fullName(), null);
    }

    /** The first child, the one the plan and the notes are about (the last person in a family without one). */
    FamilyMember child() {
        Person child = people.stream().filter(person -> person.kinship() == Kinship.CHILD).findFirst()
                .orElse(people.getLast());
        return member(people.indexOf(child));
    }

    List<FamilyMember> members() {
        List<FamilyMember> members = new ArrayList<>();
        for (int index = 0; index < people.size(); index++) {
            members.add(member(index));
        }
        return members;
    }

    private FamilyMember member(int index) {
        Person person = people.get(index);
        return new FamilyMember(DemoGmina.caseId(number).value() + "-m" + index, person.name(), person.lastName(),
                person.kinship(), LocalDate.of(person.born(), 1 + (number * 5 + person.born()) % 12,
                1 + (number * 3) % 28));
    }
}
