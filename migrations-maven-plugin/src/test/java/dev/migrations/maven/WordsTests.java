package dev.migrations.maven;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WordsTests {

	@Test
	void splitsOnSpacesAndKeepsQuotedWordsWhole() {
		assertThat(Words.split("merge heads  -m \"merge the branches\" --rev-id 'a b'")).containsExactly("merge",
				"heads", "-m", "merge the branches", "--rev-id", "a b");
	}

	@Test
	void nothingGivesNoWords() {
		assertThat(Words.split(null)).isEmpty();
		assertThat(Words.split("  ")).isEmpty();
		assertThat(Words.split("\"\"")).containsExactly("");
	}

	@Test
	void anUnclosedQuoteIsNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> Words.split("-m \"add email"))
			.withMessageContaining("Unclosed quote \" in: -m \"add email");
	}

}
