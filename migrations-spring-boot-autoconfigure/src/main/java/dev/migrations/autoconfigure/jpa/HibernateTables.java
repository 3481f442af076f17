package dev.migrations.autoconfigure.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.identity.IdentityColumnSupport;
import org.hibernate.mapping.Formula;
import org.hibernate.mapping.Selectable;
import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.ImplicitNames;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * Turns Hibernate's boot model of tables, sequences and PostgreSQL enum types into the schema model, as the database will report what
 * Hibernate's schema export creates: the column types of {@code column.getSqlType(metadata)} (what {@code ddl-auto=validate}
 * expects), identity columns as generated, names folded as the database folds them, and the names a database gives
 * to constraints Hibernate leaves unnamed.
 */
final class HibernateTables {

	private final HibernateMetadata source;

	private final MetadataImplementor metadata;

	private final Dialect hibernateDialect;

	private final String dialect;

	private final boolean comments;

	private HibernateTables(HibernateMetadata source, String dialect) {
		this.source = source;
		this.metadata = source.metadata();
		this.hibernateDialect = source.dialect();
		this.dialect = dialect.toLowerCase(Locale.ROOT);
		// Hibernate writes 'comment on' for SQLite too, which SQLite refuses.
		this.comments = !"sqlite".equals(this.dialect) && (this.hibernateDialect.supportsCommentOn()
				|| !this.hibernateDialect.getColumnComment("c").isEmpty());
	}

	/**
	 * Reads the tables of metadata built for a dialect.
	 * @param source the metadata
	 * @param dialect the engine's dialect name
	 * @return the schema
	 */
	static Schema schema(HibernateMetadata source, String dialect) {
		HibernateTables tables = new HibernateTables(source, dialect);
		return new Schema(source.tables().stream().map(tables::table).toList(), tables.sequences(),
				tables.enums(source.tables()));
	}

	// The enum types of enum columns, once each however many columns use them.
	private List<EnumType> enums(Collection<org.hibernate.mapping.Table> tables) {
		return tables.stream()
			.flatMap((table) -> table.getColumns().stream())
			.flatMap((column) -> HibernateEnums.of(column, this.dialect).stream())
			.distinct()
			.toList();
	}

	// The sequences of sequence-generated ids, on databases that have sequences (elsewhere Hibernate uses tables).
	private List<Sequence> sequences() {
		List<Sequence> sequences = new ArrayList<>();
		if (!this.hibernateDialect.getSequenceSupport().supportsSequences()) {
			return sequences;
		}
		for (Namespace namespace : this.metadata.getDatabase().getNamespaces()) {
			for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
				Identifier name = sequence.getName().getSequenceName();
				sequences.add(new Sequence(fold(name.getText(), name.isQuoted()), sequence.getInitialValue(),
						sequence.getIncrementSize()));
			}
		}
		return sequences;
	}

	private Table table(org.hibernate.mapping.Table table) {
		String name = fold(table.getNameIdentifier().getText(), table.getNameIdentifier().isQuoted());
		List<Column> columns = table.getColumns().stream().map(this::column).toList();
		PrimaryKey primaryKey = table.hasPrimaryKey()
				? new PrimaryKey(ImplicitNames.primaryKey(this.dialect, name),
						columnNames(table.getPrimaryKey().getColumns()))
				: null;
		List<UniqueConstraint> uniques = table.getUniqueKeys()
			.values()
			.stream()
			.filter((key) -> !table.isRedundantUniqueKey(key))
			.map((key) -> unique(name, key))
			.toList();
		List<Index> indexes = table.getIndexes().values().stream().map(this::index).toList();
		List<ForeignKey> foreignKeys = table.getForeignKeyCollection()
			.stream()
			.filter((key) -> key.isCreationEnabled() && key.isPhysicalConstraint()
					&& key.getReferencedTable().isPhysicalTable())
			.map(this::foreignKey)
			.toList();
		return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks(name, table),
				this.comments ? table.getComment() : null);
	}

	private UniqueConstraint unique(String table, org.hibernate.mapping.UniqueKey key) {
		List<String> columns = columnNames(key.getColumns());
		if (key.getColumnSpan() == 1 && this.source.uniqueInline(key.getColumn(0))) {
			return new UniqueConstraint(ImplicitNames.unique(this.dialect, table, columns), columns);
		}
		return new UniqueConstraint(fold(key.getName(), false), columns);
	}

	private Column column(org.hibernate.mapping.Column column) {
		IdentityColumnSupport identity = this.hibernateDialect.getIdentityColumnSupport();
		boolean generated = column.isIdentity();
		String sqlType = (generated && !identity.hasDataTypeInIdentityColumn())
				? identity.getIdentityColumnString(column.getSqlTypeCode(this.metadata))
				: column.getSqlType(this.metadata);
		ColumnType type = HibernateEnums.of(column, this.dialect)
			.map((enumType) -> ColumnType.nativeType(enumType.name()))
			.orElseGet(() -> ColumnType.parse(sqlType));
		return new Column(columnName(column), type, column.isNullable(),
				column.getDefaultValue(), generated, column.getCollation(), this.comments ? column.getComment() : null);
	}

	private Index index(org.hibernate.mapping.Index index) {
		List<String> elements = new ArrayList<>();
		for (Selectable selectable : index.getSelectables()) {
			String element = (selectable instanceof org.hibernate.mapping.Column column) ? columnName(column)
					: ((Formula) selectable).getFormula();
			String order = index.getSelectableOrderMap().get(selectable);
			elements.add("desc".equalsIgnoreCase((order != null) ? order.trim() : "") ? element + " DESC" : element);
		}
		return new Index(fold(index.getName(), false), elements, index.isUnique(), null);
	}

	private ForeignKey foreignKey(org.hibernate.mapping.ForeignKey key) {
		org.hibernate.mapping.Table referenced = key.getReferencedTable();
		List<org.hibernate.mapping.Column> referencedColumns = key.isReferenceToPrimaryKey()
				? referenced.getPrimaryKey().getColumns() : key.getReferencedColumns();
		OnDeleteAction onDelete = key.getOnDeleteAction();
		return new ForeignKey(fold(key.getName(), false), columnNames(key.getColumns()),
				fold(referenced.getNameIdentifier().getText(), referenced.getNameIdentifier().isQuoted()),
				columnNames(referencedColumns),
				(onDelete != null) ? ReferentialAction.valueOf(onDelete.name()) : ReferentialAction.NO_ACTION,
				ReferentialAction.NO_ACTION);
	}

	// Table checks and column checks, named as written or as the database names an unnamed one.
	private List<CheckConstraint> checks(String table, org.hibernate.mapping.Table mapping) {
		List<CheckConstraint> checks = new ArrayList<>();
		Set<String> used = new HashSet<>();
		if (this.hibernateDialect.supportsTableCheck()) {
			for (org.hibernate.mapping.CheckConstraint check : mapping.getChecks()) {
				checks.add(check(check.isNamed() ? check.getName() : null, check.getConstraint(), table + "_check",
						used));
			}
		}
		if (this.hibernateDialect.supportsColumnCheck()) {
			for (org.hibernate.mapping.Column column : mapping.getColumns()) {
				String implicitName = table + "_" + columnName(column) + "_check";
				// Hibernate writes a column's unnamed checks as one 'check ((a) and (b))'.
				List<String> anonymous = column.getCheckConstraints()
					.stream()
					.filter(org.hibernate.mapping.CheckConstraint::isAnonymous)
					.map(org.hibernate.mapping.CheckConstraint::getConstraintInParens)
					.toList();
				if (!anonymous.isEmpty()) {
					checks.add(check(null, String.join(" and ", anonymous), implicitName, used));
				}
				for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
					if (check.isNamed()) {
						checks.add(check(check.getName(), check.getConstraint(), implicitName, used));
					}
				}
			}
		}
		return checks;
	}

	private CheckConstraint check(@Nullable String written, String expression, String implicitName,
			Set<String> used) {
		String name = (written != null) ? fold(written, false) : implicitCheckName(implicitName, used);
		if (name != null) {
			used.add(name.toLowerCase(Locale.ROOT));
		}
		return new CheckConstraint(name, expression);
	}

	// PostgreSQL names an unnamed check table_column_check (table_check for a table check), numbered when taken.
	private @Nullable String implicitCheckName(String base, Set<String> used) {
		if (!"postgresql".equals(this.dialect)) {
			return null;
		}
		String name = base;
		for (int i = 1; used.contains(name.toLowerCase(Locale.ROOT)); i++) {
			name = base + i;
		}
		return name;
	}

	private List<String> columnNames(List<org.hibernate.mapping.Column> columns) {
		return columns.stream().map(this::columnName).toList();
	}

	private String columnName(org.hibernate.mapping.Column column) {
		return fold(column.getName(), column.isQuoted());
	}

	private String fold(String name, boolean quoted) {
		return HibernateDialects.fold(this.dialect, name, quoted);
	}

}
