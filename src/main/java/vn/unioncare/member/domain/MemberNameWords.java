package vn.unioncare.member.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@code member_name_word} for a folded name: the name from each word after the first on ("nguyen van an"
 * → "van an", "an"), so that a search for a later word is a prefix range of one index (V26).
 */
public final class MemberNameWords {

    private MemberNameWords() {
    }

    public static List<String> laterWordSuffixes(String foldedName) {
        List<String> suffixes = new ArrayList<>();
        for (int space = foldedName.indexOf(' '); space >= 0; space = foldedName.indexOf(' ', space + 1)) {
            suffixes.add(foldedName.substring(space + 1));
        }
        return suffixes;
    }
}
