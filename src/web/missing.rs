//! What every download of a part of the app can meet: it is not there
//! (offline on a first visit, or a newer version was published meanwhile).

use wasm_split_helpers::SplitLoaderError;

/// A piece of the app (a page, a tool, a language's words) could not be
/// downloaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PieceMissing;

impl From<SplitLoaderError> for PieceMissing {
    fn from(_: SplitLoaderError) -> PieceMissing {
        PieceMissing
    }
}
