//! Small helpers for user-entered text (names, cycle labels, reflections).

/// The longest name or cycle label we keep: long enough for any real name,
/// short enough that a pasted essay cannot break the layout or a link budget.
pub const MAX_LABEL_CHARS: usize = 80;

/// The longest reflection we keep.
pub const MAX_REFLECTION_CHARS: usize = 2000;

/// Characters that change the direction of the text after them until
/// closed (embeddings, overrides, isolates) or that take no space at all
/// (zero-width space, word joiner, byte-order mark): typed text never needs
/// them, and an unclosed override would turn the words around it backwards.
fn is_stray_format(c: char) -> bool {
    matches!(c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'
        | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// Whether `text` shows anything at all (not only spaces, controls,
/// joiners or invisible characters).
pub fn has_visible(text: &str) -> bool {
    text.chars().any(is_visible)
}

/// Whether `text` holds a character that would turn the text after it
/// backwards or hide in it (see [`clean_label`]).
pub fn has_stray_format(text: &str) -> bool {
    text.chars().any(is_stray_format)
}

/// Whether `c` shows something: not space, not a control, not a joiner or
/// direction mark (which shape or order letters but are not letters).
fn is_visible(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || is_stray_format(c)
        || matches!(c, '\u{200C}'..='\u{200F}' | '\u{061C}' | '\u{00AD}'))
}

/// Trims surrounding whitespace, folds inner runs of whitespace and control
/// characters into single spaces, drops invisible and direction-changing
/// characters, and caps the length (by characters, never splitting one), so
/// labels read the same everywhere they are shown. A label with nothing
/// visible left is empty.
pub fn clean_label(raw: &str) -> String {
    let kept: String = raw.chars().filter(|c| !is_stray_format(*c)).collect();
    let folded: Vec<&str> = kept
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|part| !part.is_empty())
        .collect();
    let label = folded
        .join(" ")
        .chars()
        .take(MAX_LABEL_CHARS)
        .collect::<String>()
        .trim_end()
        .to_string();
    if label.chars().any(is_visible) {
        label
    } else {
        String::new()
    }
}

/// Caps a reflection's length by characters and drops direction-changing
/// and zero-width characters; line breaks are kept.
pub fn clean_reflection(raw: &str) -> String {
    raw.chars()
        .filter(|c| !is_stray_format(*c))
        .take(MAX_REFLECTION_CHARS)
        .collect()
}

/// The longest team pulse comment kept: a few sentences, so that a member's
/// code stays a comfortable link.
pub const MAX_COMMENT_CHARS: usize = 600;

/// Cleans a team member's comment like a reflection, capped at
/// [`MAX_COMMENT_CHARS`] and trimmed; a comment with nothing visible is empty.
pub fn clean_comment(raw: &str) -> String {
    let capped: String = clean_reflection(raw)
        .chars()
        .take(MAX_COMMENT_CHARS)
        .collect();
    let trimmed = capped.trim();
    if has_visible(trimmed) {
        trimmed.to_string()
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_trimmed_folded_and_capped() {
        assert_eq!(clean_label("  Dana \n\t Smith "), "Dana Smith");
        assert_eq!(clean_label("\u{0007}"), "");
        let long = "x".repeat(200);
        assert_eq!(clean_label(&long).chars().count(), MAX_LABEL_CHARS);
        assert_eq!(clean_label("é".repeat(100).as_str()).chars().count(), 80);
    }

    #[test]
    fn invisible_and_direction_changing_characters_are_dropped() {
        assert_eq!(clean_label("\u{200B}\u{202E}\u{2066}"), "");
        assert_eq!(clean_label("\u{200D}\u{200E}"), "");
        assert_eq!(clean_label("Dana\u{202E} Reyes"), "Dana Reyes");
        // Joiners inside a name stay: some scripts need them.
        assert_eq!(clean_label("می\u{200C}خواهم"), "می\u{200C}خواهم");
        assert_eq!(clean_reflection("a\u{202E}b\nc"), "ab\nc");
    }

    #[test]
    fn reflections_keep_line_breaks() {
        assert_eq!(clean_reflection("a\nb"), "a\nb");
        assert_eq!(
            clean_reflection(&"y".repeat(5000)).chars().count(),
            MAX_REFLECTION_CHARS
        );
    }
}
