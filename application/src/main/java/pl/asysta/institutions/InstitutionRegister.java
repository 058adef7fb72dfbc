package pl.asysta.institutions;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;

/**
 * The institutions the portal knows (docs/access-matrix.md): OPS, PCPR, schools, health services, courts,
 * interdisciplinary teams, supporting-family households, NGOs. Every user belongs to one, named by the
 * {@code institution} claim. The register is configuration, not case history: it is filled from
 * {@code asysta.institutions.register[n]} at start-up and by the demo gmina, and an entry is updated in place.
 */
@Service
public class InstitutionRegister {

    private final JdbcClient jdbc;

    InstitutionRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void register(Institution institution) {
        jdbc.sql("""
                        insert into institution (institution_id, name, kind) values (:id, :name, :kind)
                        on conflict (institution_id) do update set name = excluded.name, kind = excluded.kind""")
                .param("id", institution.id().value())
                .param("name", institution.name())
                .param("kind", institution.kind().name())
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<Institution> find(InstitutionId id) {
        return jdbc.sql("select institution_id, name, kind from institution where institution_id = :id")
                .param("id", id.value())
                .query((row, n) -> new Institution(new InstitutionId(row.getString(1)), row.getString(2),
                        InstitutionKind.valueOf(row.getString(3))))
                .optional();
    }

    /** Every institution, by name. */
    @Transactional(readOnly = true)
    public List<Institution> all() {
        return jdbc.sql("select institution_id, name, kind from institution order by name, institution_id")
                .query((row, n) -> new Institution(new InstitutionId(row.getString(1)), row.getString(2),
                        InstitutionKind.valueOf(row.getString(3))))
                .list();
    }
}
