package scot.together.command.handling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.RecordedBy;
import scot.together.api.RefusalCode;
import scot.together.command.RuleViolation;
import scot.together.platform.EventJson;

/**
 * A command sent again with the same Idempotency-Key by the same user returns its first
 * answer and records nothing new. The answer is stored in the transaction that records the
 * command's events, and repeats of one key wait for each other on a lock. A key sent again
 * with a request that differs in any way (another kind of command, or another request
 * fingerprint: address, target or body) is refused and records nothing.
 */
@Component
@Order(2)
public class Idempotency implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = EventJson.objectMapper();

    public Idempotency(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object key = unitOfWork.getMessage().getMetaData().get(RecordedBy.IDEMPOTENCY_KEY);
        Object user = unitOfWork.getMessage().getMetaData().get(RecordedBy.USER);
        if (key == null || user == null) {
            return chain.proceed();
        }
        String command = unitOfWork.getMessage().getCommandName();
        Object fingerprint = unitOfWork.getMessage().getMetaData().get(RecordedBy.REQUEST_FINGERPRINT);
        jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> null, user + "\n" + key);
        List<Earlier> earlier = jdbc.query("SELECT command_name, request_fingerprint, answer_type, answer"
                        + " FROM command.idempotent_answer WHERE username = ? AND idempotency_key = ?",
                (rs, row) -> new Earlier(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                user, key);
        if (!earlier.isEmpty()) {
            Earlier first = earlier.get(0);
            if (!first.answers(command, fingerprint)) {
                throw new RuleViolation(RefusalCode.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was already used for a"
                        + " different request; send a new key with each new request.");
            }
            return read(first.answerType(), first.answer());
        }
        Object answer = chain.proceed();
        jdbc.update("INSERT INTO command.idempotent_answer (username, idempotency_key, command_name,"
                        + " request_fingerprint, answer_type, answer) VALUES (?, ?, ?, ?, ?, ?)", user, key, command,
                fingerprint == null ? null : fingerprint.toString(),
                answer == null ? null : answer.getClass().getName(),
                answer == null ? null : json.writeValueAsString(answer));
        return answer;
    }

    private record Earlier(String command, String fingerprint, String answerType, String answer) {

        /** The same request again: the same kind of command and, where both are known, the same fingerprint. */
        boolean answers(String otherCommand, Object otherFingerprint) {
            return command.equals(otherCommand)
                    && (fingerprint == null || otherFingerprint == null || fingerprint.equals(otherFingerprint.toString()));
        }
    }

    private Object read(String type, String answer) {
        if (type == null) {
            return null;
        }
        try {
            return json.readValue(answer, Class.forName(type));
        } catch (JsonProcessingException | ClassNotFoundException e) {
            throw new IllegalStateException("Cannot read a stored answer of type " + type, e);
        }
    }
}
