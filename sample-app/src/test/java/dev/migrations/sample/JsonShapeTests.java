package dev.migrations.sample;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class JsonShapeTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void agreesWhenOnlyValuesDiffer() {
		assertThat(differences("{\"a\": \"x\", \"b\": [{\"c\": 1}], \"d\": true}",
				"{\"a\": \"y\", \"b\": [{\"c\": 2}, {\"c\": 3}], \"d\": false}"))
			.isEmpty();
	}

	@Test
	void reportsMissingExtraAndRetypedFieldsWithTheirPaths() {
		assertThat(differences("{\"a\": \"x\", \"b\": [{\"c\": 1}]}", "{\"b\": [{\"c\": \"1\", \"e\": 2}], \"f\": {}}"))
			.containsExactlyInAnyOrder("$.a: documented but missing", "$.b[0].c: documented as number but is text",
					"$.b[0].e: present but not documented", "$.f: present but not documented");
	}

	@Test
	void acceptsAnAbsentFieldDocumentedAsNullAndSkipsEmptyArrays() {
		assertThat(differences("{\"a\": null, \"b\": []}", "{\"b\": [{\"c\": 1}]}")).isEmpty();
	}

	@Test
	void everyExampleOfTheDocumentationIsValidJson() throws Exception {
		for (String example : new String[] { "report", "problems", "revision", "upgrade", "error", "health" }) {
			assertThat(ActuatorDocumentation.example(example).isObject()).as(example).isTrue();
		}
	}

	private List<String> differences(String documented, String actual) {
		JsonNode expected = this.json.readTree(documented);
		return JsonShape.differences(expected, this.json.readTree(actual));
	}

}
