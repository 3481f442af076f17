package dev.migrations.core.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * A revision file found in a location, readable again whenever its SQL is needed.
 *
 * @param fileName the file name, without directories
 * @param description where it is, for messages: {@code classpath:db/migrations/x.sql} or a file path
 * @param url how to read it
 */
public record ScriptResource(String fileName, String description, URL url) {

	static ScriptResource ofPath(Path path) {
		try {
			return new ScriptResource(path.getFileName().toString(), path.toString(), path.toUri().toURL());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads the whole file as UTF-8 text.
	 * @return the content
	 * @throws MigrationsException with {@link ErrorCode#UNREADABLE_LOCATION} when it cannot be read
	 */
	public String read() {
		try (InputStream in = this.url.openStream()) {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(in.readAllBytes()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new MigrationsException(ErrorCode.UNREADABLE_LOCATION, "Cannot read revision file " + this.description
					+ ": it is not UTF-8 text; save it as UTF-8", ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new MigrationsException(ErrorCode.UNREADABLE_LOCATION,
					"Cannot read revision file " + this.description + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public String toString() {
		return this.description;
	}

}
