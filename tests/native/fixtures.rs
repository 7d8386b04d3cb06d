//! Records saved by earlier builds still load, unchanged.

use align180::domain::base::rating::Rating;
use align180::domain::formats::stored::StoredRecord;
use align180::domain::records::assessment::Assessment;

#[test]
fn a_schema_1_record_from_before_two_devices_loads_unchanged() {
    let raw = include_str!("../fixtures/store-v1-before-two-devices.json").trim();
    let key = Assessment::key_for("k7qwe2rtyu9pasdf");
    let a = Assessment::decode(&key, raw)
        .unwrap_or_else(|problem| panic!("the fixture no longer loads: {problem:?}"));
    assert_eq!(a.leader, "Dana Reyes");
    assert_eq!(a.cycle.as_deref(), Some("Q1 2027"));
    assert_eq!(
        a.leader_response.rating("strategy-priorities"),
        Some(Rating::Score(5))
    );
    assert_eq!(
        a.leader_response.rating("purpose-why-first"),
        Some(Rating::NotObserved)
    );
    assert_eq!(a.leader_response.last_step.as_deref(), Some("purpose"));
    assert_eq!(a.remote, None);
    // Saving it again writes the same JSON: nothing is added or lost.
    let again: serde_json::Value = serde_json::from_str(&a.encode()).unwrap_or_default();
    let original: serde_json::Value = serde_json::from_str(raw).unwrap_or_default();
    assert_eq!(again, original);
}
