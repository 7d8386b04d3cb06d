//! What both JSON engines (`align180::json`: serde_json natively, the
//! browser's own parser on wasm32) must answer alike, checked by the native
//! suite and by the browser tests from this one list.

use align180::json::{self, JsonError};

/// Text that is not JSON, JSON of another shape, and what reads as it is.
pub fn not_json_and_wrong_shape_are_told_apart() {
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
    assert_eq!(json::from_str::<Option<u8>>("null"), Ok(None));
    assert_eq!(json::to_string(&None::<u8>), Some("null".into()));
    assert_eq!(
        json::to_string_pretty(&vec![1, 2]),
        Some("[\n  1,\n  2\n]".into())
    );
}
