//! Reading the word files for the generator (`generate.rs`): a language's
//! section, line by line, checked as it is read (the file and line of any
//! mistake), and the built-in sets' translations read as one message each.

/// What ends each message in a section's string (the unit separator: a
/// control character no message holds, written `\u{1f}` in the code).
pub const SEPARATOR: char = '\u{1f}';

/// One message as read, with where it was read.
pub struct Line {
    pub key: String,
    pub text: String,
    pub place: String,
}

/// Every message of one language's section, in file order (files sorted).
pub fn read_section(language: &str, section: &str) -> Vec<Line> {
    let dir = format!("src/i18n/{language}/{section}");
    println!("cargo:rerun-if-changed={dir}");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: cannot be read: {e}", path.display()));
        for (n, line) in text.lines().enumerate() {
            let place = format!("{}:{}", path.display(), n + 1);
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((key, value)) = line.split_once(" = ") else {
                panic!("{place}: a message line is `key = text`");
            };
            if value.contains(SEPARATOR) {
                panic!("{place}: a message cannot hold the character U+001F");
            }
            let key = key.trim();
            if key.is_empty()
                || !key.starts_with(|c: char| c.is_ascii_lowercase())
                || !key
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            {
                panic!("{place}: “{key}” is not a key (a-z, 0-9, _)");
            }
            out.push(Line {
                key: key.to_string(),
                text: value.trim().to_string(),
                place,
            });
        }
    }
    out
}

/// The built-in question sets' translations travel with the words: the
/// 180's with the core (the first question), the team pulse's with the
/// member section (a team member's page). Each is a JSON file beside its set, read
/// as one message (`builtin_…`, no placeholders); English's is empty (the
/// sets' own language).
const SET_WORDS: [(&str, &str, &str); 2] = [
    (
        "core",
        "builtin_instrument_words",
        "src/domain/sets/instruments/sparc-180",
    ),
    (
        "member",
        "builtin_pulse_words",
        "src/domain/sets/sparc-team-pulse",
    ),
];

/// The set translations of one language's section.
pub fn set_words(language: &str, section: &str) -> Vec<Line> {
    SET_WORDS
        .iter()
        .filter(|(s, _, _)| *s == section)
        .map(|(_, key, stem)| {
            let path = format!("{stem}.{language}.json");
            println!("cargo:rerun-if-changed={path}");
            let text = if language == "en" {
                String::new()
            } else {
                std::fs::read_to_string(&path).unwrap_or_default()
            };
            Line {
                key: key.to_string(),
                text,
                place: path,
            }
        })
        .collect()
}

/// Whether a message is data (a set's translation), not words with
/// placeholders.
pub fn is_data(key: &str) -> bool {
    key.starts_with("builtin_")
}

/// The `{name}`s of a message, in order of appearance, each once.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for rest in text.split('{').skip(1) {
        if let Some((name, _)) = rest.split_once('}') {
            if !names.iter().any(|n| n == name) {
                names.push(name.to_string());
            }
        }
    }
    names
}

/// The placeholders a translation must use: the English ones, where a
/// `{x_lower}` (a name in lower case, as English writes it inside a
/// sentence) and `{x}` stand for each other.
pub fn same_names(names: &[String]) -> Vec<String> {
    let mut names: Vec<String> = names
        .iter()
        .map(|n| n.strip_suffix("_lower").unwrap_or(n).to_string())
        .collect();
    names.sort();
    names.dedup();
    names
}
