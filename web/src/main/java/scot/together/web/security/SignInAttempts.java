package scot.together.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, per user name and per client address, as Bucket4j token buckets: each
 * failure takes a token. The first few failures are free; then one more try comes back
 * every so often (sign-in slows down); after a limit within a window, the name or address is
 * locked until the window ends, even for the right password. A successful sign-in takes
 * nothing. Kept in this process's memory only: several web processes each keep their own.
 */
@Component
public class SignInAttempts {

    /** What a key is: a user name as typed (in lower case), or a client address. */
    public enum Kind { USER_NAME, ADDRESS }

    /** A name or address that has failed lately: whether it is locked now and until when, and how many tries it has left. */
    public record Lock(Kind kind, String key, boolean locked, Instant until, long triesLeft) {
    }

    /**
     * One limit: {@code freeFailures} at once, then one more every {@code oneMoreEvery}; at most
     * {@code lockAfter} failures in {@code lockFor}, after which it is locked until that time is up.
     */
    public record Limit(int freeFailures, Duration oneMoreEvery, int lockAfter, Duration lockFor) {

        public Limit {
            if (freeFailures < 1 || lockAfter < freeFailures || oneMoreEvery == null || lockFor == null
                    || oneMoreEvery.isNegative() || oneMoreEvery.isZero() || lockFor.isNegative() || lockFor.isZero()) {
                throw new IllegalArgumentException("A sign-in limit needs all of free-failures (at least 1),"
                        + " one-more-every, lock-after (at least free-failures) and lock-for.");
            }
        }

        Bucket bucket() {
            return Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(freeFailures).refillGreedy(1, oneMoreEvery).build())
                    .addLimit(Bandwidth.builder().capacity(lockAfter).refillIntervally(lockAfter, lockFor).build())
                    .build();
        }
    }

    /**
     * {@code together.sign-in.per-user-name.*} and {@code .per-address.*}; each given whole or
     * not at all. By default a name has 5 free failures then one a minute, and is locked after
     * 10 in 15 minutes; an address (which many people may share) 20, one every 6 seconds, 100.
     */
    @ConfigurationProperties("together.sign-in")
    public record Limits(Limit perUserName, Limit perAddress) {

        public Limits {
            perUserName = perUserName != null ? perUserName : new Limit(5, Duration.ofMinutes(1), 10, Duration.ofMinutes(15));
            perAddress = perAddress != null ? perAddress : new Limit(20, Duration.ofSeconds(6), 100, Duration.ofMinutes(15));
        }
    }

    private final Limits limits;
    private final Cache<String, Bucket> userNames;
    private final Cache<String, Bucket> addresses;

    public SignInAttempts(Limits limits) {
        this.limits = limits;
        this.userNames = buckets(limits.perUserName());
        this.addresses = buckets(limits.perAddress());
    }

    /** A bucket untouched for the whole window is full again: forgetting it changes nothing. */
    private static Cache<String, Bucket> buckets(Limit limit) {
        Duration fullAgain = limit.lockFor().plus(limit.oneMoreEvery().multipliedBy(limit.freeFailures()));
        return Caffeine.newBuilder().expireAfterAccess(fullAgain).maximumSize(100_000).build();
    }

    /** How long until the name or the address may try again, if either is locked or slowed now. */
    public Optional<Duration> wait(String userName, String address) {
        return Stream.of(userNames.getIfPresent(key(Kind.USER_NAME, userName)),
                        addresses.getIfPresent(key(Kind.ADDRESS, address)))
                .filter(Objects::nonNull)
                .map(bucket -> Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()))
                .filter(wait -> !wait.isZero())
                .max(Comparator.naturalOrder());
    }

    /** A failed sign-in with that name from that address. */
    public void failed(String userName, String address) {
        userNames.get(key(Kind.USER_NAME, userName), any -> limits.perUserName().bucket()).tryConsume(1);
        addresses.get(key(Kind.ADDRESS, address), any -> limits.perAddress().bucket()).tryConsume(1);
    }

    /** Every name and address whose failures still count, locked ones first. */
    public List<Lock> current() {
        List<Lock> found = new ArrayList<>();
        userNames.asMap().forEach((key, bucket) -> found.add(lock(Kind.USER_NAME, key, bucket, limits.perUserName())));
        addresses.asMap().forEach((key, bucket) -> found.add(lock(Kind.ADDRESS, key, bucket, limits.perAddress())));
        found.sort(Comparator.comparing(Lock::locked).reversed().thenComparing(Lock::kind).thenComparing(Lock::key));
        return found;
    }

    /** Lifts the lock on the name or address (and forgets its failures); whether there was one. */
    public boolean lift(Kind kind, String key) {
        Cache<String, Bucket> buckets = kind == Kind.USER_NAME ? userNames : addresses;
        return buckets.asMap().remove(key(kind, key)) != null;
    }

    private static Lock lock(Kind kind, String key, Bucket bucket, Limit limit) {
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return new Lock(kind, key, nanos > 0, nanos > 0 ? Instant.now().plusNanos(nanos) : null,
                bucket.getAvailableTokens());
    }

    /** User names are compared as typed but in lower case, and cut short: a name is never over 200 characters. */
    private static String key(Kind kind, String text) {
        String key = text == null ? "" : text.strip();
        if (kind == Kind.USER_NAME) {
            key = key.toLowerCase(Locale.ROOT);
        }
        return key.length() > 200 ? key.substring(0, 200) : key;
    }
}
