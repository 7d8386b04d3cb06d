//! One module per page of the app.

pub mod about;
pub mod cohort;
pub mod collect;
pub mod data_panel;
pub mod home;
pub mod home_list;
pub mod home_tools;
pub mod import;
pub mod instruments;
pub mod invite;
pub mod keep_copy;
pub mod load_problem;
pub mod not_found;
pub mod open_code;
pub mod open_invitation;
pub mod open_response;
pub mod profile;
pub mod progress;
pub mod pulse;
pub mod questionnaire;
pub mod report;
pub mod respond;
pub mod restore;
pub mod reveal;
pub mod start;
pub mod turn;
