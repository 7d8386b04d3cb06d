//! Small helpers for user-entered text (names, cycle labels, reflections).

/// The longest name or cycle label we keep: long enough for any real name,
/// short enough that a pasted essay cannot break the layout or a link budget.
pub const MAX_LABEL_CHARS: usize = 80;

/// The longest reflection we keep.
pub const MAX_REFLECTION_CHARS: usize = 2000;

/// Trims surrounding whitespace, folds inner runs of whitespace and control
/// characters into single spaces, and caps the length (by characters, never
/// splitting one), so labels read the same everywhere they are shown.
pub fn clean_label(raw: &str) -> String {
    let folded: Vec<&str> = raw
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|part| !part.is_empty())
        .collect();
    folded
        .join(" ")
        .chars()
        .take(MAX_LABEL_CHARS)
        .collect::<String>()
        .trim_end()
        .to_string()
}

/// Caps a reflection's length by characters; line breaks are kept.
pub fn clean_reflection(raw: &str) -> String {
    raw.chars().take(MAX_REFLECTION_CHARS).collect()
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
    fn reflections_keep_line_breaks() {
        assert_eq!(clean_reflection("a\nb"), "a\nb");
        assert_eq!(
            clean_reflection(&"y".repeat(5000)).chars().count(),
            MAX_REFLECTION_CHARS
        );
    }
}
