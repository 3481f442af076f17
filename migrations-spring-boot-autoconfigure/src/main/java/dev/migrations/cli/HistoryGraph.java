package dev.migrations.cli;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.core.api.RevisionInfo;

/**
 * Draws the revision graph in text, newest first, the way {@code git log --graph} does: one lane per open branch,
 * {@code *} for a revision, {@code \} where a merge revision's parents split into lanes and {@code /} where lanes
 * join again at a branch point.
 */
final class HistoryGraph {

	private HistoryGraph() {
	}

	static List<String> draw(List<RevisionInfo> newestFirst, boolean indicateCurrent) {
		List<String> lines = new ArrayList<>();
		List<String> lanes = new ArrayList<>();
		for (RevisionInfo info : newestFirst) {
			String id = info.revision().id();
			if (!lanes.contains(id)) {
				lanes.add(id);
			}
			int column = lanes.indexOf(id);
			if (lanes.lastIndexOf(id) != column) {
				lines.add(joinLine(lanes, id, column));
				for (int i = lanes.size() - 1; i > column; i--) {
					if (lanes.get(i).equals(id)) {
						lanes.remove(i);
					}
				}
			}
			lines.add(row(lanes.size(), column) + " " + RevisionFormat.line(info, indicateCurrent));
			List<String> parents = info.revision().parents();
			if (parents.isEmpty()) {
				lanes.remove(column);
				continue;
			}
			lanes.set(column, parents.get(0));
			int inserted = 0;
			for (String parent : parents.subList(1, parents.size())) {
				inserted++;
				lanes.add(column + inserted, parent);
			}
			if (inserted > 0) {
				lines.add(splitLine(lanes.size(), column, inserted));
			}
		}
		return lines;
	}

	private static String row(int lanes, int column) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < lanes; i++) {
			text.append((i == column) ? '*' : '|').append(' ');
		}
		return text.toString().stripTrailing();
	}

	// A lane that moves one column sideways is drawn in the gap before its column, as git does.
	private static String joinLine(List<String> lanes, String id, int column) {
		char[] text = blank(lanes.size());
		for (int i = 0; i < lanes.size(); i++) {
			boolean joining = i > column && lanes.get(i).equals(id);
			text[joining ? 2 * i - 1 : 2 * i] = joining ? '/' : '|';
		}
		return new String(text).stripTrailing();
	}

	private static String splitLine(int lanes, int column, int inserted) {
		char[] text = blank(lanes);
		for (int i = 0; i < lanes; i++) {
			boolean splitting = i > column && i <= column + inserted;
			text[splitting ? 2 * i - 1 : 2 * i] = splitting ? '\\' : '|';
		}
		return new String(text).stripTrailing();
	}

	private static char[] blank(int lanes) {
		char[] text = new char[2 * lanes];
		java.util.Arrays.fill(text, ' ');
		return text;
	}

}
