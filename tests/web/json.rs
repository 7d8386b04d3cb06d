//! JSON in the browser (`align180::json`: `JSON.parse` and `JSON.stringify`
//! through serde-wasm-bindgen): the same text serde_json writes natively, so
//! records, codes and files read the same on every device and in every
//! version; bad text refused with its reason, nothing half read.

use align180::domain::formats::stored::{RecordProblem, StoredRecord, Unreadable};
use align180::domain::records::assessment::Assessment;
use align180::domain::sets::instrument::Instrument;
use align180::domain::sets::pulse_set::PulseSet;
use align180::json::{self, JsonError};
use std::collections::BTreeMap;

#[path = "../shared/json_cases.rs"]
mod json_cases;
use wasm_bindgen_test::*;

/// Text people type, and text made to break a writer.
const HOSTILE: [&str; 9] = [
    "Dana Reyes",
    "quote \" backslash \\ slash /",
    "line\nbreak\ttab\rreturn",
    "\u{0}\u{1}\u{1f}\u{7f}",
    "</script><b onload=x>",
    "\u{2028}\u{2029}\u{feff}",
    "Zoë Çelik 😀 日本語",
    "{\"schema\":9}",
    "",
];

fn assessment_with(text: &str) -> Assessment {
    let mut a = Assessment::new(
        "webtestjsnwebtst".into(),
        Instrument::sparc_180(),
        "Dana",
        "Sam",
        "Q1",
        1_797_000_000_000,
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    a.leader = text.into();
    a.cycle = Some(text.into());
    let reflection = &Instrument::sparc_180().reflections[0].id;
    a.leader_response
        .reflections
        .insert(reflection.clone(), text.into());
    a
}

#[wasm_bindgen_test]
fn the_browser_writes_what_serde_json_writes_and_reads_it_back() {
    let mut every_char = String::new();
    for c in (0u32..0x3000).filter_map(char::from_u32) {
        every_char.push(c);
    }
    let texts: Vec<&str> = HOSTILE
        .iter()
        .copied()
        .chain([every_char.as_str()])
        .collect();
    assert_eq!(texts.len(), 10);
    for text in texts {
        let a = assessment_with(text);
        let written = json::to_string(&a).unwrap_or_else(|| panic!("not written: {text:?}"));
        assert_eq!(
            Some(&written),
            serde_json::to_string(&a).ok().as_ref(),
            "{text:?}"
        );
        assert_eq!(
            json::from_str::<Assessment>(&written),
            Ok(a.clone()),
            "{text:?}"
        );
        // And what serde_json wrote, pretty or not, the browser reads.
        let pretty = serde_json::to_string_pretty(&a).unwrap_or_default();
        assert_eq!(json::from_str::<Assessment>(&pretty), Ok(a.clone()));
        assert_eq!(json::to_string_pretty(&a), Some(pretty));
        let map = BTreeMap::from([(text.to_string(), text.to_string())]);
        assert_eq!(json::to_string(&map), serde_json::to_string(&map).ok());
    }
}

#[wasm_bindgen_test]
fn a_stored_record_round_trips_and_bad_text_says_why() {
    let a = assessment_with("Dana Reyes");
    let key = Assessment::key_for(&a.id);
    assert_eq!(Assessment::decode(&key, &a.encode()), Ok(a.clone()));
    let unreadable = |why| Err(RecordProblem::Unreadable(why));
    assert_eq!(
        Assessment::decode(&key, "{\"schema\":1,\"assess"),
        unreadable(Unreadable::NotJson)
    );
    assert_eq!(
        Assessment::decode(&key, ""),
        unreadable(Unreadable::NotJson)
    );
    assert_eq!(
        Assessment::decode(&key, "[]"),
        unreadable(Unreadable::NoSchema)
    );
    assert_eq!(
        Assessment::decode(&key, "{\"schema\":\"1\"}"),
        unreadable(Unreadable::NoSchema)
    );
    assert_eq!(
        Assessment::decode(&key, "{\"schema\":2}"),
        Err(RecordProblem::NewerSchema(2))
    );
    assert_eq!(
        Assessment::decode(&key, "{\"schema\":1,\"assessment\":{\"id\":5}}"),
        unreadable(Unreadable::Malformed)
    );
    let cut = a.encode();
    for end in (0..cut.len()).step_by(37) {
        assert!(Assessment::decode(&key, &cut[..end]).is_err(), "{end}");
    }
}

#[wasm_bindgen_test]
fn the_engine_tells_text_that_is_not_json_from_json_of_another_shape() {
    json_cases::not_json_and_wrong_shape_are_told_apart();
    // Beyond 2^53 a JavaScript number is not exact: refused, never rounded.
    assert_eq!(
        json::from_str::<u64>("9007199254740993"),
        Err(JsonError::WrongShape)
    );
    assert_eq!(json::to_string(&u64::MAX), None);
}

#[wasm_bindgen_test]
fn the_built_in_sets_read_in_the_browser() {
    let instrument = Instrument::sparc_180();
    assert_eq!(
        instrument
            .dimensions
            .iter()
            .map(|d| d.items.len())
            .sum::<usize>(),
        25
    );
    assert_eq!(PulseSet::sparc_team_pulse().statements().count(), 15);
}
