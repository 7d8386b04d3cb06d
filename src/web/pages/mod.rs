//! One module per page of the app.

pub mod home;
pub mod load_problem;
pub mod not_found;
pub mod profile;
pub mod questionnaire;
pub mod report;
pub mod reveal;
pub mod start;
pub mod turn;
