package pl.asysta.eventstore;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

import pl.asysta.shared.Author;

/**
 * Which case an event is about and who recorded it, for the auditor's event browser to filter by. Events say it
 * by convention, whatever aggregate they belong to: a record component {@code caseId} names the case and a
 * component {@code recordedBy} (an {@link Author}) the person and their institution. An event without them
 * (a caseload's, a probe's) is about no case and has no author. The V7 migration reads the same two fields from
 * the JSON of events stored before it.
 */
record EventSubject(String caseId, String authorId, String authorInstitution) {

    private static final EventSubject NONE = new EventSubject(null, null, null);

    private static final ClassValue<Accessors> ACCESSORS = new ClassValue<>() {
        @Override
        protected Accessors computeValue(Class<?> type) {
            return Accessors.of(type);
        }
    };

    static EventSubject of(Object payload) {
        return payload == null ? NONE : ACCESSORS.get(payload.getClass()).subject(payload);
    }

    private record Accessors(Method caseId, Method recordedBy) {

        static Accessors of(Class<?> type) {
            Method caseId = null;
            Method recordedBy = null;
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getName().equals("caseId")) {
                        caseId = accessible(component.getAccessor());
                    } else if (component.getName().equals("recordedBy") && component.getType() == Author.class) {
                        recordedBy = accessible(component.getAccessor());
                    }
                }
            }
            return new Accessors(caseId, recordedBy);
        }

        private static Method accessible(Method accessor) {
            accessor.trySetAccessible();
            return accessor;
        }

        EventSubject subject(Object payload) {
            if (caseId == null && recordedBy == null) {
                return NONE;
            }
            Object caseValue = read(caseId, payload);
            Author author = (Author) read(recordedBy, payload);
            return new EventSubject(caseValue == null ? null : caseValue.toString(),
                    author == null ? null : author.userId().value(),
                    author == null ? null : author.institutionId().value());
        }

        private static Object read(Method accessor, Object payload) {
            if (accessor == null) {
                return null;
            }
            try {
                return accessor.invoke(payload);
            } catch (ReflectiveOperationException | RuntimeException unreadable) {
                return null;
            }
        }
    }
}
