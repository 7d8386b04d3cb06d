//! JSON text natively (`align180::json` over serde_json): the same reasons
//! for bad text as in the browser (`tests/web/json.rs`), and a round trip of
//! any text people type.

use align180::json;
use proptest::prelude::*;
use std::collections::BTreeMap;

#[path = "../shared/json_cases.rs"]
mod json_cases;

#[test]
fn the_engine_tells_text_that_is_not_json_from_json_of_another_shape() {
    json_cases::not_json_and_wrong_shape_are_told_apart();
    // Natively a number beyond 2^53 is read exactly.
    assert_eq!(
        json::from_str::<u64>("9007199254740993"),
        Ok(9_007_199_254_740_993)
    );
}

proptest! {
    #[test]
    fn any_text_round_trips(key in any::<String>(), value in any::<String>()) {
        let map = BTreeMap::from([(key, value)]);
        let written = json::to_string(&map);
        prop_assert!(written.is_some());
        let written = written.unwrap_or_default();
        prop_assert_eq!(json::from_str::<BTreeMap<String, String>>(&written), Ok(map.clone()));
        prop_assert_eq!(json::from_slice::<BTreeMap<String, String>>(written.as_bytes()), Ok(map));
    }
}
