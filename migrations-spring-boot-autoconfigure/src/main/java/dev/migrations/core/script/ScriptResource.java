package dev.migrations.core.script;

import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * A revision file found in a location, readable again whenever its SQL is needed. A file of a filesystem location
 * keeps its {@link File}, and makes a path and a URL of it only when asked: a large location scans faster without
 * them.
 */
public final class ScriptResource {

	private final String fileName;

	private final String description;

	private final @Nullable File file;

	private volatile @Nullable URL url;

	/**
	 * Creates a resource read through a URL, such as a classpath entry.
	 * @param fileName the file name, without directories
	 * @param description where it is, for messages: {@code classpath:db/migrations/x.sql} or a file path
	 * @param url how to read it
	 */
	public ScriptResource(String fileName, String description, URL url) {
		this(fileName, description, null, Objects.requireNonNull(url, "url"));
	}

	private ScriptResource(String fileName, String description, @Nullable File file, @Nullable URL url) {
		this.fileName = Objects.requireNonNull(fileName, "fileName");
		this.description = Objects.requireNonNull(description, "description");
		this.file = file;
		this.url = url;
	}

	static ScriptResource ofFile(File file) {
		return new ScriptResource(file.getName(), file.getPath(), file, null);
	}

	/**
	 * Returns the file name, without directories.
	 * @return the file name
	 */
	public String fileName() {
		return this.fileName;
	}

	/**
	 * Returns where the file is, for messages.
	 * @return {@code classpath:db/migrations/x.sql} or a file path
	 */
	public String description() {
		return this.description;
	}

	/**
	 * Returns the URL the file is read from.
	 * @return the URL
	 */
	public URL url() {
		URL current = this.url;
		if (current == null) {
			try {
				current = Objects.requireNonNull(this.file).toPath().toUri().toURL();
			}
			catch (MalformedURLException ex) {
				throw new UncheckedIOException(ex);
			}
			this.url = current;
		}
		return current;
	}

	/**
	 * Reads the whole file as UTF-8 text.
	 * @return the content
	 * @throws MigrationsException with {@link ErrorCode#UNREADABLE_LOCATION} when it cannot be read
	 */
	public String read() {
		try {
			return decode((this.file != null) ? readFile(this.file) : readUrl(url()));
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

	// The length the file has when opened, in one read: two system calls fewer than FileInputStream.readAllBytes,
	// which asks for the position and reads once more to find the end.
	private static byte[] readFile(File file) throws IOException {
		try (RandomAccessFile in = new RandomAccessFile(file, "r")) {
			long length = in.length();
			if (length > Integer.MAX_VALUE - 8) {
				throw new IOException("it is " + length + " bytes long, too long for a revision file");
			}
			byte[] bytes = new byte[(int) length];
			in.readFully(bytes);
			return bytes;
		}
		catch (EOFException ex) {
			throw new IOException("it became shorter while it was read", ex);
		}
	}

	private static byte[] readUrl(URL url) throws IOException {
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}

	// Strict UTF-8 at the cost of the String constructor: the strict decoder runs only when the lenient one met a
	// malformed sequence (or a real U+FFFD).
	private static String decode(byte[] bytes) throws CharacterCodingException {
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.indexOf('\uFFFD') < 0) {
			return text;
		}
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes))
			.toString();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof ScriptResource resource && this.fileName.equals(resource.fileName)
				&& this.description.equals(resource.description) && location().equals(resource.location()));
	}

	@Override
	public int hashCode() {
		return this.description.hashCode();
	}

	private String location() {
		return (this.file != null) ? this.file.getPath() : url().toExternalForm();
	}

	@Override
	public String toString() {
		return this.description;
	}

}
