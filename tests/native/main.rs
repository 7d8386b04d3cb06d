//! The native test suites, one crate with a module per concern (one link
//! step for all of them): the domain's rules by hand-computed cases and
//! properties, the formats' round trips and refusals, the chart builders,
//! the design tokens and the code's architecture. Shared builders and
//! strategies are in [`common`]. (The browser component tests are
//! `tests/web.rs`; whole flows are `tests/e2e/`.)
#![cfg(not(target_arch = "wasm32"))]

mod common;

mod architecture;
mod charts;
mod cohort;
mod collector;
mod comparison;
mod design_tokens;
mod exchange;
mod fixtures;
mod format;
mod instrument;
mod instrument_check;
mod instrument_links;
mod json;
mod language;
mod progress;
mod pulse;
mod pulse_beside;
mod pulse_codes;
mod pulse_sets;
mod restore;
mod route;
mod scoring;
mod share;
mod stored;
mod translations;
mod validate;
