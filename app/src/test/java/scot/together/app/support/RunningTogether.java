package scot.together.app.support;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import scot.together.app.TogetherApplication;

/**
 * The whole service, as {@code java -jar together.jar --spring.profiles.active=demo} runs it,
 * on its own embedded PostgreSQL under the given folder and a free port.
 */
public final class RunningTogether implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Path dataDir;

    private RunningTogether(ConfigurableApplicationContext context, Path dataDir) {
        this.context = context;
        this.dataDir = dataDir;
    }

    public static RunningTogether start(Path dataDir, String... extraArgs) {
        // a loaded 2-core CI machine may take longer than the 5 s a person waits: tests wait until
        // the read models are really up to date rather than read a figure that is about to change
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=demo", "--server.port=0",
                "--together.data-dir=" + dataDir, "--together.db.pool-size=6",
                "--together.read-your-writes.limit=60s"));
        args.addAll(List.of(extraArgs));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TogetherApplication.class)
                .run(args.toArray(String[]::new));
        return new RunningTogether(context, dataDir);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port());
    }

    public Api api() {
        return new Api(baseUri());
    }

    public Path dataDir() {
        return dataDir;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
