package pl.asysta.institutions;

import java.util.Map;

import org.springframework.stereotype.Component;

import pl.asysta.shared.InstitutionId;

/**
 * The proper names of institutions, shown next to a person's name. Institution names are proper nouns, so they
 * are not translated. Until administrators manage institutions in the portal, the names of the demo gmina are
 * known here and any other institution is shown by its identifier.
 */
@Component
public class InstitutionDirectory {

    private static final Map<String, String> KNOWN = Map.of(
            "ops-przykladowo", "Ośrodek Pomocy Społecznej w Przykładowie",
            "pcpr-powiat", "Powiatowe Centrum Pomocy Rodzinie w Przykładowie",
            "zespol-interdyscyplinarny", "Zespół Interdyscyplinarny Gminy Przykładowo",
            "szkola-podstawowa-1", "Szkoła Podstawowa nr 1 w Przykładowie",
            "przychodnia-zdrowie", "Przychodnia „Zdrowie” w Przykładowie",
            "rodzina-wspierajaca-nowak", "Rodzina wspierająca Nowakowie",
            "sad-rejonowy", "Sąd Rejonowy w Przykładowie, III Wydział Rodzinny i Nieletnich");

    public String displayName(InstitutionId institution) {
        return KNOWN.getOrDefault(institution.value(), institution.value());
    }
}
