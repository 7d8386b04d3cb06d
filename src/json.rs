//! JSON text: the one way every layer reads and writes a typed value as JSON
//! (stored records, words, built-in sets, the details inside codes).
//!
//! Natively this is `serde_json`. In the browser it is the browser's own
//! `JSON.parse` and `JSON.stringify`, with `serde-wasm-bindgen` between the
//! JavaScript value and the Rust type: `serde_json`'s parser and writer are
//! then not in the core every way in downloads first (measured 8.5 KB gzip
//! less, issue 26). Both read any JSON the other writes; the browser tests
//! (`tests/web.rs`) check the browser's side, the native suites this one.
//!
//! A file or question set checked field by field is read as
//! `serde_json::Value` instead, so that each fault names where it is.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Why a text could not be read as the type asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// The text is not JSON (cut short, or not JSON at all).
    NotJson,
    /// JSON, but not the shape of the type: a field missing or of another
    /// kind, a number out of range.
    WrongShape,
}

/// Reads `text` as a `T`.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    engine::from_str(text)
}

/// Reads UTF-8 bytes as a `T` (text that is not UTF-8 is not JSON).
pub fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, JsonError> {
    let text = std::str::from_utf8(bytes).map_err(|_| JsonError::NotJson)?;
    engine::from_str(text)
}

/// Writes `value` as compact JSON; `None` if it cannot be written (a map
/// whose keys are not text, a number JSON cannot hold exactly).
pub fn to_string<T: Serialize>(value: &T) -> Option<String> {
    engine::to_string(value, false)
}

/// Writes `value` as JSON indented for people to read (files offered to a
/// trainer); `None` as for [`to_string`].
pub fn to_string_pretty<T: Serialize>(value: &T) -> Option<String> {
    engine::to_string(value, true)
}

#[cfg(not(target_arch = "wasm32"))]
mod engine {
    use super::JsonError;
    use serde::de::DeserializeOwned;
    use serde::Serialize;

    pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
        serde_json::from_str(text).map_err(|e| {
            if e.is_syntax() || e.is_eof() {
                JsonError::NotJson
            } else {
                JsonError::WrongShape
            }
        })
    }

    pub fn to_string<T: Serialize>(value: &T, pretty: bool) -> Option<String> {
        if pretty {
            serde_json::to_string_pretty(value).ok()
        } else {
            serde_json::to_string(value).ok()
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod engine {
    use super::JsonError;
    use serde::de::DeserializeOwned;
    use serde::Serialize;
    use wasm_bindgen::JsValue;

    pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
        let value = js_sys::JSON::parse(text).map_err(|_| JsonError::NotJson)?;
        serde_wasm_bindgen::from_value(value).map_err(|_| JsonError::WrongShape)
    }

    pub fn to_string<T: Serialize>(value: &T, pretty: bool) -> Option<String> {
        // Maps as plain objects and `None` as null: what serde_json writes.
        let value = value
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .ok()?;
        let text = if pretty {
            js_sys::JSON::stringify_with_replacer_and_space(
                &value,
                &JsValue::NULL,
                &JsValue::from(2),
            )
        } else {
            js_sys::JSON::stringify(&value)
        };
        text.ok()?.as_string()
    }
}
