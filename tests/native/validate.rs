//! One set of rules for every record: whatever a backup file or a stored
//! record holds, what the app keeps passes the same checks as what a person
//! types, and hostile content is refused or cleaned with a note.

use crate::common::sparc;
use align180::domain::base::rating::Rating;
use align180::domain::base::text::MAX_LABEL_CHARS;
use align180::domain::formats::files::{export, read_file, FileContent};
use align180::domain::formats::stored::{RecordProblem, StoredRecord};
use align180::domain::records::assessment::Assessment;
use align180::domain::rules::validate;
use proptest::prelude::*;
use serde_json::{json, Value};

/// The checks a typed record passes: validation leaves it exactly as it is.
fn passes_typed_rules(a: &Assessment) -> Result<(), String> {
    let checked = validate::assessment(a.clone(), sparc())
        .map_err(|r| r.describe(crate::common::en()).to_string())?;
    if checked.notes.is_empty() && checked.record == *a {
        Ok(())
    } else {
        Err(format!("{:?}", checked.notes))
    }
}

fn stored_text(record: &Value) -> String {
    json!({ "schema": 1, "assessment": record }).to_string()
}

fn hostile_record() -> Value {
    let items: Vec<String> = sparc().items().map(|(_, i)| i.id.clone()).collect();
    let mut ratings = serde_json::Map::new();
    for id in &items {
        ratings.insert(id.clone(), json!(4));
    }
    ratings.insert("no-such-behaviour".into(), json!(5));
    let mut priorities: Vec<String> = items.iter().take(8).cloned().collect();
    priorities.push(items[0].clone());
    priorities.push("no-such-behaviour".into());
    json!({
        "id": "hsthsthsthsthstb",
        "instrument": { "id": "sparc-180", "version": 1 },
        "leader": "D".repeat(10_000),
        "manager": "\u{200B}\u{202E}",
        "cycle": "Q1\u{202E} 2027",
        "created_at": 1,
        "leader_response": {
            "ratings": ratings,
            "priorities": priorities,
            "reflections": { "success": "x".repeat(1_000_000), "made-up": "text" },
            "last_step": "../../etc",
            "submitted_at": 5
        },
        "manager_response": null
    })
}

#[test]
fn a_hostile_backup_record_is_cleaned_to_the_forms_rules_with_notes() {
    let record = hostile_record();
    let checked = Assessment::decode_checked(
        &Assessment::key_for("hsthsthsthsthstb"),
        &stored_text(&record),
    )
    .unwrap_or_else(|problem| panic!("cleaned, not refused: {problem:?}"));
    let (a, notes) = (checked.record, checked.notes);
    assert_eq!(a.leader.chars().count(), MAX_LABEL_CHARS);
    assert_eq!(a.manager, None, "a name of invisible characters is no name");
    assert_eq!(a.cycle.as_deref(), Some("Q1 2027"));
    let r = &a.leader_response;
    assert_eq!(r.priorities.len(), sparc().priorities_limit);
    assert!(r.ratings.keys().all(|id| sparc().item(id).is_some()));
    assert_eq!(r.ratings.len(), 25);
    assert_eq!(r.reflections.len(), 1);
    assert_eq!(r.reflections["success"].chars().count(), 2000);
    assert_eq!(r.last_step, None);
    assert!(notes.len() >= 5, "{notes:?}");
    assert!(
        notes
            .iter()
            .any(|n| n.describe(crate::common::en()).contains("priorities")),
        "{notes:?}"
    );
    assert!(passes_typed_rules(&a).is_ok());
}

#[test]
fn records_without_a_usable_id_or_name_are_refused() {
    for (field, value) in [
        ("id", json!("../../<img src=x>")),
        ("id", json!("")),
        ("leader", json!("\u{200B}\u{2066}")),
        ("leader", json!("   ")),
    ] {
        let mut record = hostile_record();
        record[field] = value.clone();
        let id = record["id"].as_str().unwrap_or_default().to_string();
        let decoded = Assessment::decode(&Assessment::key_for(&id), &stored_text(&record));
        assert!(
            matches!(decoded, Err(RecordProblem::Unreadable(_))),
            "{field} = {value}: {decoded:?}"
        );
    }
}

#[test]
fn a_backup_with_the_hostile_record_says_what_it_cleaned() {
    let file = json!({ "format": "align180-export", "version": 1, "exported_at": 1,
        "assessments": [ json!({ "schema": 1, "assessment": hostile_record() }) ] });
    match read_file(&file.to_string(), crate::common::en()) {
        Ok(FileContent::Assessments {
            readable, cleaned, ..
        }) => {
            assert_eq!(readable.len(), 1);
            assert_eq!(cleaned.len(), 1);
            assert!(cleaned[0].starts_with("record 1: "), "{cleaned:?}");
        }
        other => panic!("{other:?}"),
    }
}

/// Anything in the places a file can put text or lists.
fn any_field() -> impl Strategy<Value = Value> {
    prop_oneof![
        ".{0,120}".prop_map(Value::from),
        "[a-z0-9-]{0,20}".prop_map(Value::from),
        Just(Value::Null),
        any::<i64>().prop_map(Value::from),
        proptest::collection::vec("[a-z-]{0,20}", 0..12).prop_map(|v| json!(v)),
    ]
}

proptest! {
    /// Typed records pass the rules untouched.
    #[test]
    fn typed_records_pass_unchanged(a in crate::common::any_assessment()) {
        prop_assert!(passes_typed_rules(&a).is_ok(), "{:?}", passes_typed_rules(&a));
    }

    /// Whatever a file holds in a record's fields, what is kept passes the
    /// same checks as a typed record.
    #[test]
    fn imported_records_pass_the_typed_rules(
        leader in any_field(), manager in any_field(), cycle in any_field(),
        priorities in any_field(), reflections in proptest::collection::btree_map(".{0,12}", ".{0,300}", 0..5),
        extra_ratings in proptest::collection::btree_map("[a-z-]{1,30}", 0u8..=5, 0..6),
        last_step in any_field(),
    ) {
        let mut record = hostile_record();
        record["leader"] = leader;
        record["manager"] = manager;
        record["cycle"] = cycle;
        record["leader_response"]["priorities"] = priorities;
        record["leader_response"]["reflections"] = json!(reflections);
        record["leader_response"]["last_step"] = last_step;
        for (id, r) in extra_ratings {
            record["leader_response"]["ratings"][id] = json!(r);
        }
        let file = json!({ "format": "align180-export", "version": 1, "exported_at": 1,
            "assessments": [ json!({ "schema": 1, "assessment": record }) ] });
        if let Ok(FileContent::Assessments { readable, .. }) = read_file(&file.to_string(), crate::common::en()) {
            for a in &readable {
                prop_assert!(passes_typed_rules(a).is_ok(), "{:?}", passes_typed_rules(a));
                prop_assert!(a.leader_response.ratings.values().all(|r| matches!(r, Rating::NotObserved | Rating::Score(1..=5))));
            }
        }
    }

    /// Exports of typed records read back exactly, with nothing to clean.
    #[test]
    fn typed_exports_need_no_cleaning(assessments in proptest::collection::vec(crate::common::any_assessment(), 0..3)) {
        match read_file(&export(&assessments, 1), crate::common::en()) {
            Ok(FileContent::Assessments { readable, cleaned, unreadable, .. }) => {
                prop_assert_eq!(readable, assessments);
                prop_assert!(cleaned.is_empty(), "{:?}", cleaned);
                prop_assert!(unreadable.is_empty());
            }
            other => prop_assert!(false, "{:?}", other),
        }
    }
}
