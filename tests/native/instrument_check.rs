//! Trainers' instrument files: one valid fixture, one invalid case per rule,
//! and round trips through the file form.

use align180::domain::base::csv::{read_rows, write_rows};
use align180::domain::sets::check::{
    instrument_file, link_chars, parse_instrument, LINK_BUDGET_CHARS,
};
use align180::domain::sets::instrument::Instrument;
use align180::domain::sets::instrument_csv::{
    instrument_csv, looks_like_csv, parse_instrument_csv,
};
use proptest::prelude::*;
use serde_json::{json, Value};

const VALID: &str = include_str!("../fixtures/instruments/pulse-3-dimensions.json");

fn valid() -> Value {
    serde_json::from_str(VALID).unwrap_or(Value::Null)
}

/// The problems reported for the valid fixture after `change`.
fn problems_after(change: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut v = valid();
    change(&mut v);
    match parse_instrument(&v.to_string()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems
            .iter()
            .map(|p| p.describe(crate::common::en()))
            .collect(),
    }
}

#[test]
fn the_valid_fixture_and_the_builtin_instrument_pass() {
    let pulse = parse_instrument(VALID).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(pulse.dimensions.len(), 3);
    assert_eq!(pulse.item_count(), 5);
    assert_eq!(pulse.scale_word(5), Some("Always"));
    let builtin = Instrument::sparc_180();
    assert_eq!(
        parse_instrument(&instrument_file(builtin)).as_ref(),
        Ok(builtin)
    );
    println!(
        "link size of the built-in instrument: {} characters; of the 3-dimension pulse: {}",
        link_chars(builtin),
        link_chars(&pulse)
    );
    assert!(link_chars(builtin) <= LINK_BUDGET_CHARS);
}

/// A change made to the valid fixture for one rule.
type Change = Box<dyn FnOnce(&mut Value)>;

#[test]
fn each_rule_gives_a_precise_message() {
    let cases: Vec<(&str, Change, &str)> = vec![
        (
            "a dimension id that names a questionnaire step",
            Box::new(|v| v["dimensions"][0]["id"] = json!("review")),
            "Dimension 1, its id: “review” is the name of a questionnaire step; choose another id",
        ),
        (
            "bad format",
            Box::new(|v| v["format"] = json!(2)),
            "The format number: is 2; this version of Align 180 reads format 1",
        ),
        (
            "missing name",
            Box::new(|v| {
                v.as_object_mut().map(|o| o.remove("name"));
            }),
            "The set's name: is missing",
        ),
        (
            "empty item text",
            Box::new(|v| v["dimensions"][1]["items"][0]["text"] = json!("  ")),
            "Dimension 2, behaviour 1, its text: is empty",
        ),
        (
            "duplicate item id",
            Box::new(|v| v["dimensions"][2]["items"][1]["id"] = json!("focus-goals")),
            "Dimension 3, behaviour 2, its id: “focus-goals” is used twice; ids must be unique",
        ),
        (
            "duplicate dimension id",
            Box::new(|v| v["dimensions"][1]["id"] = json!("focus")),
            "Dimension 2, its id: “focus” is used twice",
        ),
        (
            "scale without words",
            Box::new(|v| v["scale"]["points"][2]["label"] = json!("")),
            "The scale, scale point 3, its words: is empty",
        ),
        (
            "scale with four points",
            Box::new(|v| {
                v["scale"]["points"].as_array_mut().map(Vec::pop);
            }),
            "The scale, its points: must have 5 points",
        ),
        (
            "too few dimensions",
            Box::new(|v| {
                v["dimensions"].as_array_mut().map(Vec::pop);
            }),
            "The dimensions: must have 3 to 8 dimensions; it has 2",
        ),
        (
            "too many items",
            Box::new(|v| {
                v["dimensions"][0]["items"] = json!((0..11).map(|i| json!({"id": format!("x{i}"), "text": "Does one observable thing in the team every week"})).collect::<Vec<_>>())
            }),
            "Dimension 1, its behaviours: must have 1 to 10 items; it has 11",
        ),
        (
            "bad id characters",
            Box::new(|v| v["id"] = json!("Team Pulse")),
            "The set's id: may use only lowercase letters, digits and hyphens",
        ),
        (
            "priorities over the limit",
            Box::new(|v| v["priorities_limit"] = json!(9)),
            "The number of priorities: must be at most 5",
        ),
        (
            "wrong type",
            Box::new(|v| v["version"] = json!("two")),
            "The version: must be a whole number",
        ),
    ];
    for (name, change, expected) in cases {
        let problems = problems_after(change);
        assert!(
            problems.iter().any(|p| p.starts_with(expected)),
            "{name}: {problems:?}"
        );
    }
}

#[test]
fn several_problems_are_reported_together_and_bad_json_says_where() {
    let problems = problems_after(|v| {
        v["name"] = json!("");
        v["dimensions"][0]["items"][0]["text"] = json!("");
    });
    assert_eq!(problems.len(), 2, "{problems:?}");
    let bad = parse_instrument("{\n  \"format\": 1,\n  oops\n}")
        .err()
        .unwrap_or_default();
    assert_eq!(bad.len(), 1);
    assert!(
        bad[0]
            .describe(crate::common::en())
            .contains("not valid JSON (it breaks off or has a stray character near line 3"),
        "{bad:?}"
    );
}

#[test]
fn instruments_too_large_for_a_link_are_refused() {
    let mut v = valid();
    let mut n = 0;
    let noise = |n: &mut u64| {
        *n = n
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        format!("{:x}", *n)
    };
    let mut seed = 1u64;
    v["dimensions"] = json!((0..8).map(|d| json!({
        "id": format!("d{d}"), "name": format!("Dimension {d}"), "summary": "A summary.",
        "items": (0..10).map(|_| { n += 1; json!({"id": format!("i{n}"), "text": (0..12).map(|_| noise(&mut seed)).collect::<Vec<_>>().join(" ").chars().take(200).collect::<String>()}) }).collect::<Vec<_>>()
    })).collect::<Vec<_>>());
    let problems = parse_instrument(&v.to_string()).err().unwrap_or_default();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0]
        .describe(crate::common::en())
        .contains("too large to share in a link"));
}

fn any_instrument() -> impl Strategy<Value = Instrument> {
    let item = ("[a-z]{1,8}", "[A-Za-z ,']{8,120}");
    let dimension = (
        "[A-Za-z ]{1,30}",
        "[A-Za-z .]{1,100}",
        proptest::collection::vec(item, 1..=10),
    );
    (proptest::collection::vec(dimension, 3..=8), 1u32..1000, 0usize..=3)
        .prop_map(|(dims, version, reflections)| {
            let mut v = valid();
            v["version"] = json!(version);
            v["dimensions"] = json!(dims.iter().enumerate().map(|(d, (name, summary, items))| json!({
                "id": format!("dim-{d}"),
                "name": if name.trim().is_empty() { "Dimension".to_string() } else { name.clone() },
                "summary": if summary.trim().is_empty() { "Summary".to_string() } else { summary.clone() },
                "items": items.iter().enumerate().map(|(i, (id, text))| json!({
                    "id": format!("{id}-{d}-{i}"),
                    "text": if text.trim().is_empty() { "Does one observable thing".to_string() } else { text.clone() },
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>());
            v["reflections"] = json!((0..reflections).map(|i| json!({"id": format!("r{i}"), "prompt": "What changed?"})).collect::<Vec<_>>());
            serde_json::from_value::<Instrument>(v).unwrap_or_else(|e| panic!("{e}"))
        })
        // Random text barely compresses: large random sets can exceed the
        // link budget, which is its own rule (tested above), not this property's.
        .prop_filter("fits in a link", |i| link_chars(i) <= LINK_BUDGET_CHARS)
}

proptest! {
    #[test]
    fn any_valid_instrument_round_trips_through_its_file(instrument in any_instrument()) {
        prop_assert_eq!(parse_instrument(&instrument_file(&instrument)), Ok(instrument));
    }

    #[test]
    fn any_text_as_an_instrument_never_panics(text in ".{0,300}") {
        prop_assert!(parse_instrument(&text).is_err());
    }
}

mod spreadsheets {
    use super::*;

    /// The problems, as the page lists them, for a CSV text.
    fn csv_problems(text: &str) -> Vec<String> {
        match parse_instrument_csv(text) {
            Ok(_) => Vec::new(),
            Err(problems) => problems
                .iter()
                .map(|p| p.describe(crate::common::en()))
                .collect(),
        }
    }

    const MINIMAL: &str = "name,Team pulse\r\n\r\ndimension,behaviour\r\n\
        Strategy,sets clear priorities\r\nStrategy,explains how our work connects to the strategy\r\n\
        Purpose,says why our work matters\r\nResilience,stays steady under pressure\r\n";

    #[test]
    fn the_builtin_set_and_the_fixture_round_trip_through_csv() {
        let builtin = Instrument::sparc_180();
        assert_eq!(
            parse_instrument_csv(&instrument_csv(builtin)).as_ref(),
            Ok(builtin)
        );
        // The CSV twin of a JSON set previews exactly like it: it is the same set.
        let pulse = parse_instrument(VALID).unwrap_or_else(|p| panic!("{p:?}"));
        let twin = instrument_csv(&pulse);
        assert!(looks_like_csv(&twin) && !looks_like_csv(VALID));
        assert_eq!(parse_instrument_csv(&twin), Ok(pulse));
    }

    #[test]
    fn a_minimal_sheet_gets_the_builtin_scale_and_ids_from_names() {
        let set = parse_instrument_csv(MINIMAL).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(set.id, "team-pulse");
        assert_eq!(set.version, 1);
        assert_eq!(set.scale, Instrument::sparc_180().scale);
        assert_eq!(set.priorities_limit, 3);
        let dims: Vec<(&str, &str, usize)> = set
            .dimensions
            .iter()
            .map(|d| (d.id.as_str(), d.name.as_str(), d.items.len()))
            .collect();
        assert_eq!(
            dims,
            [
                ("strategy", "Strategy", 2),
                ("purpose", "Purpose", 1),
                ("resilience", "Resilience", 1)
            ]
        );
        assert_eq!(set.dimensions[0].items[1].id, "strategy-2");
        assert_eq!(
            set.dimensions[0].items[1].text,
            "explains how our work connects to the strategy"
        );
    }

    #[test]
    fn problems_are_told_by_row_and_column() {
        // The first behaviour has no dimension (row 4); row 5 no behaviour:
        // both are listed at once.
        let text = MINIMAL.replace("Strategy,sets", ",sets").replace(
            "Strategy,explains how our work connects to the strategy",
            "Strategy,",
        );
        assert_eq!(
            csv_problems(&text),
            [
                "Row 4, column 1 (dimension): is empty; the first behaviour needs its dimension (blank cells below it continue it)",
                "Row 5, column 2 (behaviour): is empty",
            ]
        );
        // Further down, a blank dimension continues the one above.
        let continued = parse_instrument_csv(&MINIMAL.replace("Strategy,explains", ",explains"))
            .unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(continued.dimensions[0].items.len(), 2);
        let text = MINIMAL.replace(
            "Strategy,explains how our work connects to the strategy",
            "Strategy,   ",
        );
        assert_eq!(
            csv_problems(&text),
            ["Row 5, column 2 (behaviour): is empty"]
        );
        // A scale with four words, an unknown setting, a wrong version.
        let text =
            format!("scale,Never,Rarely,Often,Always\r\ncolour,blue\r\nversion,two\r\n{MINIMAL}");
        assert_eq!(
            csv_problems(&text),
            [
                "Row 1: the scale needs five words, from the lowest rating to the highest, in columns 2 to 6; it has 4",
                "Row 2, column 1 (setting): “colour” is not a setting this format knows (name, id, language, version, scale, not observed, priorities, reflection); the behaviours' table starts with a row “dimension,behaviour”",
                "Row 3, column 2 (version): must be a whole number, such as 1",
            ]
        );
        // Too many priorities for the checker: pointed at its row.
        let text = format!("priorities,9\r\n{MINIMAL}");
        assert_eq!(csv_problems(&text), ["Row 1, column 2 (its value): must be at most 4 (and no more than the number of items)"]);
        // A behaviour too long for the checker: its row and column.
        let long = "x".repeat(201);
        let text = MINIMAL.replace("says why our work matters", &long);
        assert_eq!(
            csv_problems(&text),
            ["Row 6, column 2 (behaviour): is longer than 200 characters"]
        );
        // Two dimensions only: the set as a whole, at the table's first row.
        let text = MINIMAL.replace("Resilience,", "Purpose,");
        let problems = csv_problems(&text);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with("The file: ") || problems[0].starts_with("Row "),
            "{problems:?}"
        );
        assert!(
            problems[0].contains("must have 3 to 8 dimensions; it has 2"),
            "{problems:?}"
        );
    }

    #[test]
    fn sheets_without_a_table_or_name_or_with_an_open_quote_say_so() {
        assert_eq!(
            csv_problems("name,Pulse\r\n"),
            ["The file: it has no table of behaviours: add a heading row “dimension,behaviour” and one row per behaviour below it"]
        );
        assert_eq!(
            csv_problems(&MINIMAL.replace("name,Team pulse", "")),
            ["The file: the set needs a name: add a row “name,” followed by the name respondents see"]
        );
        assert_eq!(
            csv_problems(&MINIMAL.replace("Purpose,says", "Purpose,\"says")),
            ["Row 6: a quoted cell never closes (a \" is missing), so the rest of the file cannot be read"]
        );
        assert_eq!(
            csv_problems(&MINIMAL.replace("dimension,behaviour", "dimension,text")),
            ["Row 3: the heading row needs a “behaviour” column beside “dimension”"]
        );
    }

    #[test]
    fn semicolons_quotes_and_a_byte_order_mark_are_read() {
        let text = format!(
            "\u{feff}{}",
            MINIMAL.replace(',', ";").replace(
                "sets clear priorities",
                "\"sets clear; \"\"firm\"\" priorities\""
            )
        );
        let set = parse_instrument_csv(&text).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(
            set.dimensions[0].items[0].text,
            "sets clear; \"firm\" priorities"
        );
    }

    /// An instrument as a spreadsheet holds it: trimmed texts, one
    /// dimension per name.
    fn as_a_sheet_holds_it(mut instrument: Instrument) -> Instrument {
        for (d, dim) in instrument.dimensions.iter_mut().enumerate() {
            dim.name = format!("{} {d}", dim.name.trim());
            dim.summary = dim.summary.trim().to_string();
            for item in &mut dim.items {
                item.text = item.text.trim().to_string();
            }
        }
        instrument
    }

    proptest! {
        #[test]
        fn any_instrument_round_trips_through_csv(instrument in any_instrument().prop_map(as_a_sheet_holds_it)) {
            prop_assert_eq!(parse_instrument_csv(&instrument_csv(&instrument)), Ok(instrument));
        }

        #[test]
        fn any_text_as_a_sheet_never_panics(text in "[a-z,;\"\r\n ]{0,300}") {
            let _ = parse_instrument_csv(&text);
        }

        #[test]
        fn any_rows_round_trip_through_csv(rows in proptest::collection::vec(
            proptest::collection::vec("[a-zA-Z0-9 ,;\"\n=+@-]{0,12}", 1..5), 0..6)
            .prop_filter("a lone empty cell is a blank line", |rows| rows.iter().all(|r| r.len() > 1 || !r[0].is_empty()))) {
            prop_assert_eq!(read_rows(&write_rows(&rows)), Ok(rows));
        }
    }
}
