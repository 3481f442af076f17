package dev.migrations.autoconfigure.jpa;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hibernate.dialect.type.PostgreSQLEnumJdbcType;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.JdbcType;

import dev.migrations.core.schema.EnumType;

/**
 * The PostgreSQL enum type Hibernate's schema export creates for an enum column
 * ({@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} or {@code NAMED_ORDINAL_ENUM}): named for the Java enum's simple name,
 * unquoted, with the constants' names as labels, sorted by name for {@code NAMED_ENUM} as Hibernate sorts them and in
 * declaration order for {@code NAMED_ORDINAL_ENUM}.
 */
final class HibernateEnums {

	private HibernateEnums() {
	}

	/**
	 * Returns the enum type of a column, if Hibernate maps it to one.
	 * @param column the column
	 * @param dialect the engine's dialect name
	 * @return the type, its name folded as the database folds it, or empty for any other column and on databases
	 * other than PostgreSQL, where the column keeps the type Hibernate gives it
	 */
	static Optional<EnumType> of(Column column, String dialect) {
		if (!"postgresql".equalsIgnoreCase(dialect) || !(column.getValue() instanceof BasicValue value)
				|| value.getResolution() == null) {
			return Optional.empty();
		}
		JdbcType jdbcType = value.getResolution().getJdbcType();
		Class<?> javaType = value.getResolution().getDomainJavaType().getJavaTypeClass();
		if (!(jdbcType instanceof PostgreSQLEnumJdbcType) || !javaType.isEnum()) {
			return Optional.empty();
		}
		String[] labels = Arrays.stream(javaType.getEnumConstants()).map((constant) -> ((Enum<?>) constant).name())
			.toArray(String[]::new);
		if (jdbcType.getDefaultSqlTypeCode() == SqlTypes.NAMED_ENUM) {
			Arrays.sort(labels);
		}
		return Optional.of(new EnumType(HibernateDialects.fold(dialect, javaType.getSimpleName(), false),
				List.of(labels)));
	}

}
