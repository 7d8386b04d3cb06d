//! JSON text natively (`align180::json` over serde_json): the same reasons
//! for bad text as in the browser (`tests/web/json.rs`), and a round trip of
//! any text people type.

use align180::json::{self, JsonError};
use proptest::prelude::*;
use std::collections::BTreeMap;

#[test]
fn the_engine_tells_text_that_is_not_json_from_json_of_another_shape() {
    assert_eq!(json::from_str::<Vec<u8>>("[1, 2"), Err(JsonError::NotJson));
    assert_eq!(
        json::from_str::<Vec<u8>>("[1, 2] x"),
        Err(JsonError::NotJson)
    );
    assert_eq!(json::from_str::<Vec<u8>>(""), Err(JsonError::NotJson));
    assert_eq!(
        json::from_slice::<String>(&[b'"', 0xff, b'"']),
        Err(JsonError::NotJson)
    );
    assert_eq!(
        json::from_str::<Vec<u8>>("[1, 300]"),
        Err(JsonError::WrongShape)
    );
    assert_eq!(
        json::from_str::<Vec<u8>>("{\"a\": 1}"),
        Err(JsonError::WrongShape)
    );
    assert_eq!(
        json::from_str::<u64>("1797000000000"),
        Ok(1_797_000_000_000)
    );
    assert_eq!(json::to_string(&None::<u8>), Some("null".into()));
    assert_eq!(
        json::to_string_pretty(&vec![1, 2]),
        Some("[\n  1,\n  2\n]".into())
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
