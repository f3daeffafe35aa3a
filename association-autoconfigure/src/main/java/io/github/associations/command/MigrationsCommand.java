/*
 * Copyright 2026 the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.associations.command;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.associations.diagram.MermaidDiagram;
import io.github.associations.migration.MigrationPlan;
import io.github.associations.migration.MigrationSettings;
import io.github.associations.migration.Migrations;
import io.github.associations.migration.MigrationsException;
import io.github.associations.migration.WrittenMigration;
import io.github.associations.model.InvalidModelException;
import io.github.associations.model.ModelProblem;
import io.github.associations.schema.SchemaDerivation;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationHook;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Checks or generates the migrations of an application's model definitions, or prints
 * them as a Mermaid {@code erDiagram} ({@code diagram}), without starting the
 * application: no auto-configuration, so no web server, no database and no Flyway. The
 * application's own beans are created lazily; only its model definitions, its naming
 * strategy and its {@code associations.*} properties are read. Its runners
 * ({@code CommandLineRunner}, {@code ApplicationRunner}) and the listeners of its ready
 * event never run.
 *
 * <pre class="code">
 * mvn spring-boot:run -Dspring-boot.run.main-class=io.github.associations.command.MigrationsCommand \
 *   -Dspring-boot.run.arguments="check com.example.Application"
 * </pre>
 *
 * Exit codes, for CI, with the reason on standard error:
 * <ul>
 * <li>{@code check}: 0 when the committed migrations cover the models; 1 when a migration
 * is missing, or blocked because it holds destructive changes; 2 when the command could
 * not run, or when the snapshot and the migration files disagree.</li>
 * <li>{@code generate}: 0 when the migration was written or nothing was missing; 1 when
 * it is blocked by destructive changes; 2 when the command could not run (including a
 * disagreeing snapshot, or a directory it cannot write).</li>
 * <li>{@code diagram}: 0 with the diagram on standard output; 2 when the command could
 * not run.</li>
 * </ul>
 * Further arguments are passed to the application, such as
 * {@code --associations.migrations.allow-destructive-changes=true}.
 */
public final class MigrationsCommand {

	/**
	 * The exit code of success: the migrations are current, or were written.
	 */
	public static final int CURRENT = 0;

	/**
	 * The exit code of migrations that are missing (check) or blocked by destructive
	 * changes (check and generate).
	 */
	public static final int CHANGES = 1;

	/**
	 * The exit code of a command that could not run, or of a snapshot that disagrees with
	 * the migration files.
	 */
	public static final int FAILED = 2;

	private static final String USAGE = "Usage: MigrationsCommand check|generate <application class> [--property=value ...]\n"
			+ "       MigrationsCommand diagram <application class> [--property=value ...]";

	private final PrintStream out;

	private final PrintStream err;

	private MigrationsCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * Run the command.
	 * @param args the action, the application class and further arguments for the
	 * application
	 * @param out where to print what was done
	 * @param err where to print why the command did not succeed
	 * @return the exit code: {@link #CURRENT}, {@link #CHANGES} or {@link #FAILED}
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length < 2 || !List.of("check", "generate", "diagram").contains(args[0])) {
			err.println(USAGE);
			return FAILED;
		}
		Class<?> application;
		try {
			application = ClassUtils.forName(args[1], MigrationsCommand.class.getClassLoader());
		}
		catch (ClassNotFoundException | LinkageError ex) {
			err.println("The application class " + args[1] + " is not on the classpath");
			err.println(USAGE);
			return FAILED;
		}
		return new MigrationsCommand(out, err).run(args[0], application, Arrays.copyOfRange(args, 2, args.length));
	}

	private int run(String action, Class<?> application, String[] applicationArguments) {
		boolean generate = action.equals("generate");
		try (ConfigurableApplicationContext context = context(application, applicationArguments)) {
			if (action.equals("diagram")) {
				this.out.print(MermaidDiagram.of(SchemaDerivation.derive(context)));
				return CURRENT;
			}
			ClassLoader classLoader = (context.getClassLoader() != null) ? context.getClassLoader()
					: MigrationsCommand.class.getClassLoader();
			Migrations migrations = new Migrations(SchemaDerivation.derive(context), settings(context.getEnvironment()),
					application, classLoader);
			MigrationPlan plan = migrations.plan();
			if (generate) {
				WrittenMigration written = migrations.write(plan);
				if (written != null) {
					written.files().forEach((file) -> this.out.println("Wrote " + file));
					return CURRENT;
				}
			}
			migrations.check(plan);
			this.out.println("The migrations in " + migrations.location() + " cover the model definitions.");
			return CURRENT;
		}
		catch (InvalidModelException ex) {
			this.err.println("The model definitions are invalid:");
			for (ModelProblem problem : ex.getProblems()) {
				this.err.println("- " + problem.description() + ". " + problem.action());
			}
			return FAILED;
		}
		catch (MigrationsException ex) {
			this.err.println(ex.getDescription());
			this.err.println(ex.getAction());
			return exitCode(ex.getStatus(), generate);
		}
		catch (RuntimeException ex) {
			this.err.println("The application " + application.getName() + " could not be read: " + ex);
			return FAILED;
		}
	}

	/**
	 * Return the exit code of migrations that failed: {@link #CHANGES} for changes that a
	 * migration would cover, {@link #FAILED} when the command could not do its work.
	 * @param status the status of a plan that was not current, or {@code null} when the
	 * failure was another
	 */
	private static int exitCode(MigrationPlan.@Nullable Status status, boolean generate) {
		boolean changes = status == MigrationPlan.Status.BLOCKED
				|| (!generate && status == MigrationPlan.Status.PENDING);
		return changes ? CHANGES : FAILED;
	}

	private static MigrationSettings settings(Environment environment) {
		Binder binder = Binder.get(environment);
		String prefix = "associations.migrations.";
		return new MigrationSettings(
				binder.bind(prefix + "location", String.class).orElse(MigrationSettings.DEFAULT_LOCATION),
				binder.bind(prefix + "source-directory", File.class).map(File::toPath).orElse(null),
				binder.bind(prefix + "allow-destructive-changes", Boolean.class).orElse(false));
	}

	/**
	 * Make every bean lazy, also those whose definitions say otherwise (such as the
	 * repositories of {@code @EnableJdbcRepositories}), so that only the beans the
	 * command reads are created.
	 */
	private static void lazy(ConfigurableListableBeanFactory beanFactory) {
		for (String name : beanFactory.getBeanDefinitionNames()) {
			beanFactory.getBeanDefinition(name).setLazyInit(true);
		}
	}

	/**
	 * Refresh the application's context and stop its run there: the runners and the
	 * listeners of the ready event, which come after, never run.
	 */
	private static ConfigurableApplicationContext context(Class<?> application, String[] applicationArguments) {
		SpringApplication springApplication = new SpringApplication(application);
		springApplication.setWebApplicationType(WebApplicationType.NONE);
		springApplication.setLazyInitialization(true);
		springApplication.addInitializers((context) -> context.addBeanFactoryPostProcessor(MigrationsCommand::lazy));
		springApplication.setBannerMode(Banner.Mode.OFF);
		springApplication.setLogStartupInfo(false);
		springApplication.setDefaultProperties(Map.of("logging.level.root", "warn"));
		springApplication.setRegisterShutdownHook(false);
		List<String> arguments = new ArrayList<>(List.of("--spring.boot.enableautoconfiguration=false"));
		arguments.addAll(List.of(applicationArguments));
		SpringApplicationHook stopAfterRefresh = (hooked) -> new SpringApplicationRunListener() {

			@Override
			public void started(ConfigurableApplicationContext context, Duration timeTaken) {
				throw new SpringApplication.AbandonedRunException(context);
			}

		};
		try {
			SpringApplication.withHook(stopAfterRefresh, () -> springApplication.run(arguments.toArray(String[]::new)));
		}
		catch (SpringApplication.AbandonedRunException ex) {
			return Objects.requireNonNull(ex.getApplicationContext());
		}
		throw new IllegalStateException("The run of " + application.getName() + " was not stopped after its refresh");
	}

}
