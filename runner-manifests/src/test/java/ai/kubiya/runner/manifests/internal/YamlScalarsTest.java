package ai.kubiya.runner.manifests.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The scalar rules' hand-written parts agree with the definitions they stand for. */
class YamlScalarsTest {
  /**
   * Characters that lower-case to the words' letters or look like they might: every case of the
   * words' letters, the Kelvin sign, a dotted capital I, a long s, and others.
   */
  private static final char[] ALPHABET = {
    'y', 'Y', 'n', 'N', 'o', 'O', 'e', 'E', 's', 'S', 't', 'T', 'r', 'R', 'u', 'U', 'f', 'F', 'a',
    'A', 'l', 'L', '~', 'x', '\u212a', '\u0130', '\u017f', '\u00e9'
  };

  @Test
  void specialWordsAreThoseTheLowerCasedSetHolds() {
    List<String> candidates = new ArrayList<>(List.of("", "yesno", "falsey", "NULL", "FaLsE"));
    List<String> shorter = List.of("");
    for (int length = 1; length <= 3; length++) {
      List<String> longer = new ArrayList<>();
      for (String prefix : shorter) {
        for (char c : ALPHABET) {
          longer.add(prefix + c);
        }
      }
      candidates.addAll(longer);
      shorter = longer;
    }
    for (String word : YamlScalars.SPECIAL_WORDS) {
      candidates.addAll(caseVariants(word));
      for (int i = 0; i < word.length(); i++) {
        for (char c : ALPHABET) {
          candidates.add(word.substring(0, i) + c + word.substring(i + 1));
        }
      }
    }
    int special = 0;
    for (String s : candidates) {
      boolean expected = YamlScalars.SPECIAL_WORDS.contains(s.toLowerCase(Locale.ROOT));
      assertEquals(expected, YamlScalars.isSpecialWord(s), s);
      special += expected ? 1 : 0;
    }
    assertTrue(special > 100, "too few special words among the candidates: " + special);
  }

  private static List<String> caseVariants(String word) {
    List<String> out = new ArrayList<>();
    for (int mask = 0; mask < 1 << word.length(); mask++) {
      StringBuilder variant = new StringBuilder();
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        variant.append((mask & (1 << i)) != 0 ? Character.toUpperCase(c) : c);
      }
      out.add(variant.toString());
    }
    return out;
  }
}
