//! Align 180: a serverless 180 leadership assessment.
//!
//! The crate is split so that the architecture is visible in the tree:
//! - [`domain`]: the instrument, answers, scoring and the formats that see
//!   user data. Plain Rust, no browser types, tested natively.
//! - [`charts`]: pure builders that turn domain results into `charming`
//!   charts, also tested natively.
//! - `web` (wasm32 only): the leptos user interface, browser storage and the
//!   ECharts binding. It stays thin and calls into the domain.
//! - [`json`]: JSON text for every layer, below them all (the browser's own
//!   parser on wasm32, `serde_json` natively).

pub mod charts;
pub mod domain;
pub mod json;

#[cfg(target_arch = "wasm32")]
pub mod web;
