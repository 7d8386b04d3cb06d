//! Every participant's language (issue 24): every message in every
//! language, the built-in sets translated with the same ids, spreadsheets
//! in each language's convention, and trainers' sets with translations
//! through JSON and CSV (refused, by place, when one is incomplete).

use crate::common::{sparc, words};
use align180::domain::base::language::Language;
use align180::domain::base::messages::{Messages, Section, COUNT, MISSING};
use align180::domain::base::rating::Rating;
use align180::domain::formats::tables::comparison_csv;
use align180::domain::records::response::Response;
use align180::domain::rules::comparison::compare;
use align180::domain::sets::check::{instrument_file, parse_instrument};
use align180::domain::sets::instrument::Instrument;
use align180::domain::sets::instrument_csv::{instrument_csv, parse_instrument_csv};
use align180::domain::sets::pulse_check::parse_pulse_set;
use align180::domain::sets::pulse_set::PulseSet;
use align180::domain::sets::words::read_words;
use align180::domain::sets::words::{InstrumentWords, PulseWords};
use serde_json::{json, Value};

const SPARC_WORDS: [(&str, &str); 3] = [
    (
        "de",
        include_str!("../../src/domain/sets/instruments/sparc-180.de.json"),
    ),
    (
        "fr",
        include_str!("../../src/domain/sets/instruments/sparc-180.fr.json"),
    ),
    (
        "es",
        include_str!("../../src/domain/sets/instruments/sparc-180.es.json"),
    ),
];
const PULSE_WORDS: [(&str, &str); 3] = [
    (
        "de",
        include_str!("../../src/domain/sets/sparc-team-pulse.de.json"),
    ),
    (
        "fr",
        include_str!("../../src/domain/sets/sparc-team-pulse.fr.json"),
    ),
    (
        "es",
        include_str!("../../src/domain/sets/sparc-team-pulse.es.json"),
    ),
];

#[test]
fn every_message_is_in_every_language() {
    let count = Section::ALL.map(|s| s.range().len()).iter().sum::<usize>();
    assert_eq!(count, COUNT);
    assert!(
        count > 1000,
        "the tables hold the interface's words ({count})"
    );
    let missing: Vec<String> = MISSING.iter().map(|(l, k)| format!("{l}: {k}")).collect();
    assert!(
        missing.is_empty(),
        "{} messages lack a translation: {missing:?}",
        missing.len()
    );
    // And no translation is the English text left in place, beyond words
    // that are the same in both (names, "Code", "Dimension", …).
    let en = words(Language::En);
    for language in [Language::De, Language::Fr, Language::Es] {
        let other = words(language);
        assert_eq!(other.language(), language);
        assert_ne!(en.shell_tagline(), other.shell_tagline(), "{language:?}");
        assert_ne!(
            en.not_enough_data(),
            other.not_enough_data(),
            "{language:?}"
        );
    }
}

#[test]
fn sections_cover_the_table_once() {
    let mut next = 0;
    for section in Section::ALL {
        assert_eq!(section.range().start, next);
        next = section.range().end;
    }
    assert_eq!(next, COUNT);
    // A table starts empty ("…") and fills section by section.
    let mut partial = Messages::empty(Language::De);
    assert_eq!(partial.not_enough_data(), "…");
    partial.add(
        Section::Core,
        align180::domain::base::messages::table(Language::De, Section::Core),
    );
    assert_eq!(
        partial.not_enough_data(),
        words(Language::De).not_enough_data()
    );
}

#[test]
fn every_section_string_fills_its_whole_range() {
    use align180::domain::base::messages::{table, SEPARATOR};
    let mut checked = 0;
    for language in Language::ALL {
        for section in Section::ALL {
            let text = table(language, section);
            assert!(text.ends_with(SEPARATOR), "{language:?} {section:?}");
            assert_eq!(
                text.split_terminator(SEPARATOR).count(),
                section.range().len(),
                "{language:?} {section:?}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, Language::ALL.len() * Section::ALL.len());
    // A string of the wrong count, or not ended, changes nothing.
    let mut partial = Messages::empty(Language::De);
    partial.add(Section::Core, "nur eine\u{1f}");
    partial.add(Section::Core, "");
    assert_eq!(partial.not_enough_data(), "…");
    // Complete tables hold no "…" left from a section that did not fit.
    for language in Language::ALL {
        assert_eq!(
            words(language).not_enough_data(),
            words(language).not_enough_data().trim()
        );
        assert_ne!(words(language).home_title(), "…", "{language:?}");
        assert_ne!(words(language).home_keep_it(), "…", "{language:?}");
    }
}

#[test]
fn plural_forms_follow_each_language() {
    let en = words(Language::En);
    let fr = words(Language::Fr);
    assert_eq!(en.label_blind_spots(1), "1 blind spot");
    assert_eq!(en.label_blind_spots(0), "0 blind spots");
    // French puts 0 in the singular.
    assert_eq!(
        fr.label_blind_spots(0),
        fr.label_blind_spots(1).replace('1', "0")
    );
    assert_ne!(
        fr.label_blind_spots(2),
        fr.label_blind_spots(1).replace('1', "2")
    );
}

/// The built-in 180 with a translation file in its `translations`, as a
/// trainer's file would carry it.
fn sparc_with(words: &str) -> Value {
    let mut v: Value = serde_json::from_str(&instrument_file(sparc())).unwrap_or(Value::Null);
    let t: Value = serde_json::from_str(words).unwrap_or(Value::Null);
    v["id"] = json!("sparc-translated");
    v["translations"] = json!([t]);
    v
}

#[test]
fn the_builtin_180_is_translated_completely_with_the_same_ids() {
    for (code, text) in SPARC_WORDS {
        let words: InstrumentWords = read_words(text).unwrap_or_default();
        assert_eq!(words.language, code);
        assert_eq!(words.items.len(), sparc().item_count(), "{code}");
        // The checker of trainers' sets passes it: every id, no other,
        // every text.
        let checked = parse_instrument(&sparc_with(text).to_string());
        assert!(checked.is_ok(), "{code}: {checked:?}");
        let language = Language::from_tag(code).unwrap_or_default();
        let shown = sparc()
            .in_language(language, Some(&words))
            .unwrap_or_else(|| panic!("{code}"));
        // Same ids and order, every text in the language.
        let ids = |i: &Instrument| {
            i.items()
                .map(|(d, i)| (d.id.clone(), i.id.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&shown), ids(sparc()));
        for ((_, ours), (_, theirs)) in sparc().items().zip(shown.items()) {
            assert_ne!(ours.text, theirs.text, "{code}: {}", ours.id);
        }
        assert_ne!(shown.scale.not_observed, sparc().scale.not_observed);
        assert_eq!(shown.reflections.len(), 3);
        assert_eq!(
            shown.fingerprint(),
            sparc().fingerprint(),
            "codes stay language-free"
        );
    }
    // English needs no file: the set's own words.
    assert_eq!(
        sparc().in_language(Language::En, None).as_ref(),
        Some(sparc())
    );
    assert_eq!(sparc().in_language(Language::De, None), None);
}

#[test]
fn the_builtin_pulse_is_translated_completely_with_the_same_ids() {
    let set = PulseSet::sparc_team_pulse();
    for (code, text) in PULSE_WORDS {
        let words: PulseWords = read_words(text).unwrap_or_default();
        assert_eq!(words.statements.len(), set.statement_count(), "{code}");
        let mut v: Value = serde_json::to_value(set).unwrap_or(Value::Null);
        v["id"] = json!("pulse-translated");
        v["translations"] = json!([serde_json::from_str::<Value>(text).unwrap_or(Value::Null)]);
        let checked = parse_pulse_set(&v.to_string());
        assert!(checked.is_ok(), "{code}: {checked:?}");
        let language = Language::from_tag(code).unwrap_or_default();
        let shown = set
            .in_language(language, Some(&words))
            .unwrap_or_else(|| panic!("{code}"));
        for ((_, ours), (_, theirs)) in set.statements().zip(shown.statements()) {
            assert_eq!(ours.id, theirs.id);
            assert_ne!(ours.text, theirs.text, "{code}: {}", ours.id);
        }
        assert_ne!(shown.dont_know, set.dont_know);
    }
}

#[test]
fn a_trainers_set_with_translations_round_trips_through_json_and_csv() {
    let v = sparc_with(SPARC_WORDS[0].1);
    let set = parse_instrument(&v.to_string()).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(set.translations.len(), 1);
    // JSON.
    assert_eq!(parse_instrument(&instrument_file(&set)).as_ref(), Ok(&set));
    // CSV: `name (de)`, `behaviour (de)`… and back to the same set.
    let sheet = instrument_csv(&set);
    assert!(sheet.contains("behaviour (de)"), "{sheet}");
    assert!(sheet.contains("name (de)"));
    assert_eq!(parse_instrument_csv(&sheet), Ok(set.clone()));
    // A German reader sees it in German; a Spanish one in its own English.
    let de = set
        .in_language(Language::De, None)
        .unwrap_or_else(|| panic!("German"));
    assert_eq!(de.dimensions[0].name, "Strategie");
    assert_eq!(set.in_language(Language::Es, None), None);
}

#[test]
fn a_missing_translation_is_refused_by_its_place() {
    // JSON: one behaviour left out, one id that is not the set's.
    let mut v = sparc_with(SPARC_WORDS[1].1);
    if let Some(items) = v["translations"][0]["items"].as_object_mut() {
        items.remove("strategy-context");
        items.insert("made-up".into(), json!("Un comportement"));
    }
    let problems: Vec<String> = parse_instrument(&v.to_string())
        .err()
        .unwrap_or_default()
        .iter()
        .map(|p| p.describe(crate::common::en()))
        .collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("Translation 1, behaviour “strategy-context”: is missing")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("“made-up” is not a question id")),
        "{problems:?}"
    );
    // A language the app does not speak, and the set's own.
    let mut v = sparc_with(SPARC_WORDS[2].1);
    v["translations"][0]["language"] = json!("it");
    let problems = parse_instrument(&v.to_string()).err().unwrap_or_default();
    assert_eq!(problems.len(), 1);
    assert!(problems[0]
        .describe(crate::common::en())
        .contains("“it” is not a language Align 180 speaks"));
    v["translations"][0]["language"] = json!("en");
    let problems = parse_instrument(&v.to_string()).err().unwrap_or_default();
    assert!(problems[0]
        .describe(crate::common::en())
        .contains("the set's own language"));

    // CSV: an empty `behaviour (de)` cell is told at its row and column.
    let set = parse_instrument(&sparc_with(SPARC_WORDS[0].1).to_string())
        .unwrap_or_else(|p| panic!("{p:?}"));
    let sheet = instrument_csv(&set);
    let german = &set.translations[0].items["strategy-trade-offs"];
    let broken = sheet.replace(german.as_str(), "");
    let problems: Vec<String> = parse_instrument_csv(&broken)
        .err()
        .unwrap_or_default()
        .iter()
        .map(|p| p.describe(crate::common::en()))
        .collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    let row = sheet
        .lines()
        .position(|l| l.contains(german.as_str()))
        .unwrap_or_default()
        + 1;
    assert!(
        problems[0].starts_with(&format!("Row {row}, column 7 (behaviour (de)): is missing")),
        "{problems:?}"
    );
}

#[test]
fn a_german_spreadsheet_opens_as_semicolons_with_decimal_commas() {
    let mut leader = Response::default();
    let mut manager = Response::default();
    for (n, (_, item)) in sparc().items().enumerate() {
        leader.rate(&item.id, Rating::Score(4));
        manager.rate(&item.id, Rating::Score(if n % 2 == 0 { 2 } else { 4 }));
    }
    let c = compare(sparc(), &leader, &manager);
    for (language, separator) in [
        (Language::En, ','),
        (Language::De, ';'),
        (Language::Fr, ';'),
        (Language::Es, ';'),
    ] {
        let csv = comparison_csv(words(language), sparc(), &c, &leader, &manager);
        assert!(
            csv.starts_with('\u{feff}'),
            "a byte order mark, so Excel reads accents"
        );
        let heading = csv
            .trim_start_matches('\u{feff}')
            .lines()
            .next()
            .unwrap_or_default();
        assert_eq!(
            heading.matches(separator).count(),
            5,
            "{language:?}: {heading}"
        );
    }
    let csv = align180::domain::rules::cohort::table::cohort_csv(
        words(Language::De),
        "Kohorte",
        &crate::cohort::three_alike_picture(),
    );
    let dimension_row = csv.lines().nth(2).unwrap_or_default();
    assert!(dimension_row.contains(";3,0;"), "{dimension_row}");
    assert!(!dimension_row.contains("3.0"), "{dimension_row}");
}
