//! Parts a page in one piece takes from another piece without naming it.
//! A piece whose code names another piece's loader keeps the splitter's
//! placeholder imports in the unsplit build the component tests load, so
//! the app hands these loaders over at start ([`crate::web::mount`]) and
//! pages ask for them here. While one downloads the page shows a quiet
//! line, and Try again if it cannot be downloaded (see
//! [`crate::web::loading::lazy_page`]).

use crate::domain::formats::share::pulse::PulseLink;
use crate::domain::records::pulse::PulseResponse;
use crate::domain::sets::carried::CarriedSet;
use crate::domain::sets::pulse_set::PulseSet;
use crate::web::loading::{lazy_page, Piece, MEMBER_WORDS};
use crate::web::missing::PieceMissing;
use leptos::prelude::*;
use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;

/// A carried question set on its way to the checker: `Ok` once the checker
/// has looked at it (learned or refused, which reading the code again
/// tells), `Err` if the checker could not be downloaded.
pub type Checking = Pin<Box<dyn Future<Output = Result<(), PieceMissing>>>>;

/// A page part on its way from its piece.
pub type PartDownload = Pin<Box<dyn Future<Output = Piece>>>;

/// A team member's answers, on their way to becoming the code they send
/// (encoded, or sealed for the collector, in the piece that shows it).
#[derive(Clone)]
pub struct MemberAnswers {
    /// The link the member opened.
    pub link: PulseLink,
    /// Its set as the member reads it (in their language when it has it).
    pub set: &'static PulseSet,
    /// What they answered.
    pub response: PulseResponse,
    /// Their random number for this pulse (the same on every change).
    pub member: u32,
    /// Whether that number is kept in this browser.
    pub kept: bool,
    /// Back to the answers.
    pub on_change: Callback<()>,
}

/// The loaders the app hands over.
#[derive(Clone, Copy)]
pub struct Loaders {
    /// Checks and learns a trainer's set that came inside a link (the
    /// checker lives with the question sets).
    pub check: fn(CarriedSet) -> Checking,
    /// A team member's code, made and shown (with the link, QR code and
    /// file to send).
    pub member_code: fn(MemberAnswers) -> PartDownload,
}

thread_local! {
    static LOADERS: Cell<Option<Loaders>> = const { Cell::new(None) };
}

/// Hands the loaders over (once, as the app starts).
pub fn hand_over(loaders: Loaders) {
    LOADERS.with(|l| l.set(Some(loaders)));
}

fn loaders() -> Option<Loaders> {
    LOADERS.with(Cell::get)
}

/// The page a code opens when the code carries a trainer's question set
/// this browser has not checked yet: the checker downloads and checks it,
/// then `page` is built again from `code`, and now reads the code (or
/// says why its set was refused).
pub fn after_checking(carried: CarriedSet, code: String, page: fn(String) -> AnyView) -> AnyView {
    lazy_page(
        move || {
            let check = loaders().map(|l| l.check);
            let carried = carried.clone();
            let code = code.clone();
            async move {
                match check {
                    Some(check) => check(carried).await?,
                    None => return Err(PieceMissing),
                }
                Ok(page(code))
            }
        },
        true,
        &[],
    )
}

/// A team member's code, once they have answered: made and shown by a
/// piece of its own, so the link, QR code and sealing download after the
/// questions, not before them.
pub fn member_code(answers: MemberAnswers) -> AnyView {
    lazy_page(
        move || {
            let load = loaders().map(|l| l.member_code);
            let answers = answers.clone();
            async move {
                match load {
                    Some(load) => load(answers).await,
                    None => Err(PieceMissing),
                }
            }
        },
        true,
        MEMBER_WORDS,
    )
}
