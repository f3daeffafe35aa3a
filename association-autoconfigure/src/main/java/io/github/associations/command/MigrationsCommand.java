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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.associations.autoconfigure.AssociationsProperties;
import io.github.associations.autoconfigure.ModelDefinitionBeans;
import io.github.associations.migration.LocationContents;
import io.github.associations.migration.MigrationDirectories;
import io.github.associations.migration.MigrationFiles;
import io.github.associations.migration.MigrationLocation;
import io.github.associations.migration.MigrationPlan;
import io.github.associations.migration.MigrationPlanner;
import io.github.associations.migration.MigrationWriter;
import io.github.associations.migration.MigrationsException;
import io.github.associations.model.InvalidModelException;
import io.github.associations.model.ModelProblem;
import io.github.associations.schema.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Checks or generates the migrations of an application's model definitions without
 * starting the application: no auto-configuration, so no web server, no database and no
 * Flyway. The application's own beans are created lazily; only its model definitions, its
 * naming strategy and its {@code associations.*} properties are read.
 *
 * <pre class="code">
 * java -cp &lt;application classpath&gt; io.github.associations.command.MigrationsCommand check com.example.Application
 * java -cp &lt;application classpath&gt; io.github.associations.command.MigrationsCommand generate com.example.Application
 * </pre>
 *
 * {@code check} exits with 1 and prints the missing migration when the committed
 * migrations do not cover the models; {@code generate} writes it. Further arguments are
 * passed to the application, such as
 * {@code --associations.migrations.allow-destructive-changes=true}.
 */
public final class MigrationsCommand {

	private static final String USAGE = "Usage: MigrationsCommand check|generate <application class> [--property=value ...]";

	private final PrintStream out;

	private MigrationsCommand(PrintStream out) {
		this.out = out;
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out));
	}

	/**
	 * Run the command.
	 * @param args the action, the application class and further arguments for the
	 * application
	 * @param out where to print
	 * @return the exit code: 0 when up to date or written, 1 when migrations are missing
	 * or cannot be written, 2 for invalid model definitions or arguments
	 */
	public static int run(String[] args, PrintStream out) {
		if (args.length < 2 || !List.of("check", "generate").contains(args[0])) {
			out.println(USAGE);
			return 2;
		}
		Class<?> application;
		try {
			application = ClassUtils.forName(args[1], MigrationsCommand.class.getClassLoader());
		}
		catch (ClassNotFoundException | LinkageError ex) {
			out.println("The application class " + args[1] + " is not on the classpath");
			out.println(USAGE);
			return 2;
		}
		return new MigrationsCommand(out).run(args[0].equals("generate"), application,
				Arrays.copyOfRange(args, 2, args.length));
	}

	private int run(boolean generate, Class<?> application, String[] applicationArguments) {
		try (ConfigurableApplicationContext context = context(application, applicationArguments)) {
			Schema schema = ModelDefinitionBeans.schema(context);
			AssociationsProperties.Migrations properties = Binder.get(context.getEnvironment())
				.bindOrCreate("associations", AssociationsProperties.class)
				.getMigrations();
			ClassLoader classLoader = (context.getClassLoader() != null) ? context.getClassLoader()
					: MigrationsCommand.class.getClassLoader();
			MigrationLocation location = MigrationLocation.parse(properties.getLocation());
			File sourceDirectory = properties.getSourceDirectory();
			List<Path> directories = directories(location, (sourceDirectory != null) ? sourceDirectory.toPath() : null,
					application, classLoader);
			LocationContents contents = (directories != null)
					? MigrationFiles.read(MigrationLocation.parse("filesystem:" + directories.get(0)), classLoader)
					: MigrationFiles.read(location, classLoader);
			MigrationPlan plan = MigrationPlanner.plan(schema, contents, properties.isAllowDestructiveChanges());
			return report(plan, generate, location, directories);
		}
		catch (InvalidModelException ex) {
			this.out.println("The model definitions are invalid:");
			for (ModelProblem problem : ex.getProblems()) {
				this.out.println("- " + problem.description() + ". " + problem.action());
			}
			return 2;
		}
		catch (MigrationsException ex) {
			this.out.println(ex.getDescription());
			this.out.println(ex.getAction());
			return 1;
		}
	}

	private int report(MigrationPlan plan, boolean generate, MigrationLocation location,
			@Nullable List<Path> directories) {
		switch (plan.status()) {
			case UP_TO_DATE -> {
				this.out.println("The migrations in " + location + " cover the model definitions.");
				return 0;
			}
			case INCONSISTENT -> {
				this.out.println("The migrations in " + location + " disagree with their snapshot:");
				plan.problems().forEach((problem) -> this.out.println("- " + problem));
				return 1;
			}
			case BLOCKED -> {
				this.out.println("The model definitions have destructive changes:");
				plan.destructiveChanges().forEach((change) -> this.out.println("- " + change.description()));
				this.out.println("Pass --associations.migrations.allow-destructive-changes=true to generate them.");
				this.out.println();
				this.out.println(plan.ddl());
				return 1;
			}
			default -> {
				if (!generate) {
					this.out.println("Missing migration " + plan.fileName() + ":");
					this.out.println();
					this.out.println(plan.ddl());
					return 1;
				}
				if (directories == null) {
					throw new MigrationsException("There is no directory to write " + plan.fileName() + " to",
							"Set associations.migrations.source-directory.");
				}
				MigrationWriter.write(directories, plan).forEach((file) -> this.out.println("Wrote " + file));
				return 0;
			}
		}
	}

	private static @Nullable List<Path> directories(MigrationLocation location, @Nullable Path sourceDirectory,
			Class<?> application, ClassLoader classLoader) {
		try {
			return MigrationDirectories.of(location, sourceDirectory, application, classLoader);
		}
		catch (MigrationsException ex) {
			return null;
		}
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

	private static ConfigurableApplicationContext context(Class<?> application, String[] applicationArguments) {
		SpringApplication springApplication = new SpringApplication(application);
		springApplication.setWebApplicationType(WebApplicationType.NONE);
		springApplication.setLazyInitialization(true);
		springApplication.addInitializers((context) -> context.addBeanFactoryPostProcessor(MigrationsCommand::lazy));
		springApplication.setBannerMode(Banner.Mode.OFF);
		springApplication.setLogStartupInfo(false);
		springApplication.setDefaultProperties(Map.of("logging.level.root", "warn"));
		List<String> arguments = new ArrayList<>(List.of("--spring.boot.enableautoconfiguration=false"));
		arguments.addAll(List.of(applicationArguments));
		return springApplication.run(arguments.toArray(String[]::new));
	}

}
