//! Build-time generator of the message tables (run by `build.rs`).
//!
//! The words live in `src/i18n/<language>/<section>/<area>.txt`: one folder
//! per language, one line per message (`key = text`, `#` comments, `{name}`
//! placeholders). A section is the part of the app that downloads with its
//! words: `core` (the shell, home, start and the questions), `links` (the
//! pages a link opens), `pages` (everything else) and `member` (a team
//! member's page, so an invitation's first download does not carry it). English defines the
//! keys; another language must use the same placeholders and no other keys,
//! or the build stops with the file and line. A key a language lacks falls
//! back to English and is listed in `MISSING`, which a native test requires
//! to be empty, so a gap never breaks a page and never ships unnoticed.
//!
//! Keys `x_one` and `x_other` make one method `x(count, …)` choosing the
//! form by the language's singular rule.

#[path = "read.rs"]
mod read;

use read::{is_data, placeholders, read_section, same_names, set_words, Line, SEPARATOR};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// The languages, English first (the keys and the fallback).
const LANGUAGES: [&str; 4] = ["en", "de", "fr", "es"];
/// The sections, in the order of the table.
const SECTIONS: [(&str, &str); 4] = [
    ("core", "Core"),
    ("links", "Links"),
    ("pages", "Pages"),
    ("member", "Member"),
];
/// Rust's keywords cannot name a placeholder (it becomes a parameter).
const KEYWORDS: [&str; 12] = [
    "as", "fn", "for", "if", "impl", "in", "let", "match", "mod", "ref", "type", "use",
];

/// Writes `messages.rs` (the accessors and every table, for the domain)
/// and `message_pieces.rs` (one download per language and section, for
/// the web layer) into `OUT_DIR`.
pub fn generate() {
    println!("cargo:rerun-if-changed=src/i18n");
    let english: Vec<Vec<Line>> = SECTIONS
        .iter()
        .map(|(s, _)| {
            let mut lines = read_section("en", s);
            lines.extend(set_words("en", s));
            lines
        })
        .collect();
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    for line in english.iter().flatten() {
        if let Some(first) = seen.insert(&line.key, &line.place) {
            panic!("{}: “{}” is already used at {first}", line.place, line.key);
        }
        if is_data(&line.key) {
            continue;
        }
        for name in placeholders(&line.text) {
            let valid = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
                && !KEYWORDS.contains(&name.as_str());
            if !valid {
                panic!("{}: “{{{name}}}” is not a placeholder name", line.place);
            }
        }
    }
    let mut index: BTreeMap<&str, usize> = BTreeMap::new();
    let mut code = String::new();
    let count: usize = english.iter().map(Vec::len).sum();
    let _ = writeln!(
        code,
        "/// How many messages the interface has.\npub const COUNT: usize = {count};\n"
    );
    code.push_str("/// The parts of the message table, each downloaded with the part of the\n/// app that shows its words.\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Section {\n");
    for (_, name) in SECTIONS {
        let _ = writeln!(
            code,
            "    /// `src/i18n/<language>/{}/`.\n    {name},",
            name.to_lowercase()
        );
    }
    code.push_str("}\n\nimpl Section {\n    /// Every section, in table order.\n    pub const ALL: [Section; ");
    let _ = writeln!(
        code,
        "{}] = [{}];",
        SECTIONS.len(),
        SECTIONS
            .iter()
            .map(|(_, n)| format!("Section::{n}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    code.push_str("\n    /// Where its messages sit in the table.\n    pub fn range(self) -> core::ops::Range<usize> {\n        match self {\n");
    let mut start = 0;
    for ((_, name), lines) in SECTIONS.iter().zip(&english) {
        let _ = writeln!(
            code,
            "            Section::{name} => {start}..{},",
            start + lines.len()
        );
        for (i, line) in lines.iter().enumerate() {
            index.insert(&line.key, start + i);
        }
        start += lines.len();
    }
    code.push_str("        }\n    }\n}\n\nimpl Messages {\n");
    for line in english.iter().flatten() {
        let i = index[line.key.as_str()];
        let doc = if is_data(&line.key) {
            format!("The translation file {}", line.place)
        } else {
            line.text.replace('\n', " ")
        };
        if let Some((stem, j)) = line
            .key
            .strip_suffix("_one")
            .and_then(|stem| Some((stem, *index.get(format!("{stem}_other").as_str())?)))
        {
            let other = format!("{stem}_other");
            let other_text = english
                .iter()
                .flatten()
                .find(|l| l.key == other)
                .map(|l| l.text.as_str())
                .unwrap_or_default();
            let mut names = placeholders(other_text);
            names.retain(|n| n != "count");
            let params: String = names
                .iter()
                .map(|n| format!(", {n}: &dyn core::fmt::Display"))
                .collect();
            let values: String = names.iter().map(|n| format!(", (\"{n}\", {n})")).collect();
            let _ = writeln!(
                code,
                "    /// {doc:?} (or its plural)\n    pub fn {stem}(&self, count: usize{params}) -> String {{\n        let text = if self.language.is_singular(count) {{ self.texts[{i}] }} else {{ self.texts[{j}] }};\n        fill(text, &[(\"count\", &count){values}])\n    }}"
            );
            continue;
        }
        if line.key.ends_with("_other")
            && index.contains_key(format!("{}_one", line.key.trim_end_matches("_other")).as_str())
        {
            continue;
        }
        let names = if is_data(&line.key) {
            Vec::new()
        } else {
            placeholders(&line.text)
        };
        if names.is_empty() {
            let _ = writeln!(code, "    /// {doc:?}\n    #[inline(always)]\n    pub fn {}(&self) -> &'static str {{\n        self.texts[{i}]\n    }}", line.key);
        } else {
            let params: String = names
                .iter()
                .map(|n| format!(", {n}: &dyn core::fmt::Display"))
                .collect();
            let values: Vec<String> = names.iter().map(|n| format!("(\"{n}\", {n})")).collect();
            let allow = if names.len() > 6 {
                "    #[allow(clippy::too_many_arguments)]\n"
            } else {
                ""
            };
            let _ = writeln!(
                code,
                "    /// {doc:?}\n{allow}    pub fn {}(&self{params}) -> String {{\n        fill(self.texts[{i}], &[{}])\n    }}",
                line.key,
                values.join(", ")
            );
        }
    }
    code.push_str("}\n");

    let mut missing = Vec::new();
    let mut pieces = String::new();
    let mut table_arms = String::new();
    for language in LANGUAGES {
        for ((section, name), english_lines) in SECTIONS.iter().zip(&english) {
            let lines = if language == "en" {
                Vec::new()
            } else {
                let mut lines = read_section(language, section);
                lines.extend(
                    set_words(language, section)
                        .into_iter()
                        .filter(|l| !l.text.is_empty()),
                );
                lines
            };
            let mut by_key: BTreeMap<&str, &Line> = BTreeMap::new();
            for line in &lines {
                let Some(english_line) = english_lines.iter().find(|l| l.key == line.key) else {
                    panic!(
                        "{}: “{}” is not an English key of the section “{section}”",
                        line.place, line.key
                    );
                };
                if !is_data(&line.key)
                    && same_names(&placeholders(&line.text))
                        != same_names(&placeholders(&english_line.text))
                {
                    panic!(
                        "{}: “{}” must use the placeholders {:?}",
                        line.place,
                        line.key,
                        placeholders(&english_line.text)
                    );
                }
                if by_key.insert(&line.key, line).is_some() {
                    panic!("{}: “{}” is given twice", line.place, line.key);
                }
            }
            let upper = format!("{}_{}", language.to_uppercase(), section.to_uppercase());
            let mut texts = Vec::with_capacity(english_lines.len());
            for english_line in english_lines {
                let text = match by_key.get(english_line.key.as_str()) {
                    Some(line) => &line.text,
                    None => {
                        if language != "en" {
                            missing.push(format!("(\"{language}\", \"{}\")", english_line.key));
                        }
                        &english_line.text
                    }
                };
                texts.push(text.as_str());
            }
            // One string per section, not one per message: no two sections
            // share a literal (the linker would merge equal ones into a
            // chunk both pieces then download), and no table of pointers.
            let _ = writeln!(
                code,
                "\n/// The `{section}` messages in `{language}`, in table order, each ended by U+001F.\npub static {upper}: &str = {:?};",
                texts.iter().map(|t| format!("{t}{SEPARATOR}")).collect::<String>()
            );
            let lang_variant = format!("{}{}", &language[..1].to_uppercase(), &language[1..]);
            let _ = writeln!(
                table_arms,
                "        (Language::{lang_variant}, Section::{name}) => {upper},"
            );
            if !(language == "en" && *section == "core") {
                let piece = format!("words_{language}_{section}");
                let _ = writeln!(
                    pieces,
                    "/// The `{section}` words in `{language}`, downloaded when wanted.\n#[wasm_split({piece}, fallible)]\nfn {piece}() -> Result<&'static str, PieceMissing> {{\n    Ok(crate::domain::base::messages::{upper})\n}}\n"
                );
            }
        }
    }
    let _ = writeln!(code, "\n/// The table of a language's section (natively and in tests; the browser\n/// downloads each from its own piece).\npub fn table(language: Language, section: Section) -> &'static str {{\n    match (language, section) {{\n{table_arms}    }}\n}}");
    let _ = writeln!(code, "\n/// Messages a language lacks (shown in English): must be none.\npub static MISSING: &[(&str, &str)] = &[{}];", missing.join(", "));

    let mut arms = String::new();
    for language in LANGUAGES {
        for (section, name) in SECTIONS {
            let lang_variant = format!("{}{}", &language[..1].to_uppercase(), &language[1..]);
            let body = if language == "en" && section == "core" {
                "Box::pin(core::future::ready(Ok(crate::domain::base::messages::EN_CORE)))"
                    .to_string()
            } else {
                format!("Box::pin(words_{language}_{section}())")
            };
            let _ = writeln!(
                arms,
                "        (Language::{lang_variant}, Section::{name}) => {body},"
            );
        }
    }
    let _ = writeln!(
        pieces,
        "/// A section's words on their way.\npub type WordsDownload = core::pin::Pin<Box<dyn core::future::Future<Output = Result<&'static str, PieceMissing>>>>;\n\n/// A language's section: English's core is always here, every other\n/// one downloads from its own piece (boxed: one small match instead of a\n/// state machine holding every download).\npub fn download(language: Language, section: Section) -> WordsDownload {{\n    match (language, section) {{\n{arms}    }}\n}}"
    );

    let out = std::env::var("OUT_DIR").unwrap_or_default();
    for (name, text) in [("messages.rs", &code), ("message_pieces.rs", &pieces)] {
        let path = Path::new(&out).join(name);
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}
