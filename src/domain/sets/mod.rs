//! Layer 2: question sets as data. An instrument or pulse set enters only
//! through its checker, and is found only through the [`registry`]. Imports
//! only [`super::base`].

pub mod carried;
pub mod check;
pub mod checker;
pub mod instrument;
pub mod instrument_csv;
pub mod place;
pub mod pulse_check;
pub mod pulse_set;
pub mod registry;
pub mod translation;
pub mod translation_check;
pub mod words;
