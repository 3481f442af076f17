package dev.migrations.core.schema;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The database server a model is compared with, as its JDBC driver reports it: a model whose types depend on the
 * server's version is built for it, as Hibernate's dialects pick types by version (MariaDB's {@code uuid} from 10.7).
 *
 * @param product the product name, such as {@code MariaDB}
 * @param version the product's version as the driver spells it, such as {@code 10.11.19-MariaDB}
 * @param major the major version
 * @param minor the minor version
 */
public record ServerVersion(String product, String version, int major, int minor) {

	public ServerVersion {
		Objects.requireNonNull(product, "product");
		Objects.requireNonNull(version, "version");
	}

	/**
	 * Returns the server the renderers assume of a dialect when none is connected, for a model compared offline, so
	 * that it has the types the revisions create: MariaDB 10.7 or later, whose {@code uuid} a UUID column is.
	 * @param dialect the dialect name
	 * @return the server, or {@code null} where the types do not depend on the version
	 */
	public static @Nullable ServerVersion assumed(String dialect) {
		return "mariadb".equalsIgnoreCase(dialect) ? new ServerVersion("MariaDB", "10.11.0-MariaDB", 10, 11) : null;
	}

}
