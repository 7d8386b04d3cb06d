//! Pure domain logic: no leptos, no web-sys. Everything here is tested natively.

pub mod assessment;
pub mod cohort;
pub mod comparison;
pub mod csv;
pub mod exchange;
pub mod files;
pub mod format;
pub mod guide;
pub mod ids;
pub mod instrument;
pub mod instrument_check;
pub mod instrument_csv;
pub mod instrument_registry;
pub mod plan;
pub mod progress;
pub mod pulse;
pub mod questionnaire;
pub mod rating;
pub mod response;
pub mod route;
pub mod scoring;
pub mod share;
pub mod stored;
pub mod text;
pub mod thresholds;
pub mod validate;
