//! Pure domain logic: no leptos, no web-sys. Everything here is tested
//! natively.
//!
//! Five layers, each importing only the ones before it (checked by
//! `tests/architecture.rs`, which also fails on any import cycle):
//!
//! 1. [`base`]: text rules, numbers as people read them, ids, ratings,
//!    thresholds, CSV cells, storage keys. Knows nothing of questions.
//! 2. [`sets`]: question sets as data (the 180's instruments and team pulse
//!    sets), their checkers, their CSV form and the registry of known sets.
//! 3. [`records`]: what is kept: responses, assessments, cohorts, pulses,
//!    the keeping record, and the types they hold. Data and invariants only.
//! 4. [`rules`]: what is computed from records: scoring, comparison, the
//!    guide, progress, plans, validation, the questionnaire's steps, cohort
//!    and pulse pictures.
//! 5. [`formats`]: what leaves or enters: share codes, stored forms, files,
//!    addresses, gathering pasted codes, and the exchanges between devices.

pub mod base;
pub mod formats;
pub mod records;
pub mod rules;
pub mod sets;
