//! Parts a page in one piece takes from another piece without naming it.
//! The unsplit build the component tests load keeps every piece's body, and
//! a body that reaches a piece's loader (or the words' loaders, through
//! [`crate::web::loading::lazy_page`]) leaves an import there that nothing
//! provides. So the parts are drawn by functions the app hands over at
//! start ([`crate::web::mount`]), and a page in a piece asks for them here.
//! While a part downloads the page shows a quiet line, and Try again if it
//! cannot be downloaded.

use crate::domain::sets::carried::CarriedSet;
use crate::web::language::t;
use crate::web::loading::{lazy_page, MEMBER_WORDS};
use crate::web::pages::pulse::member_code::MemberAnswers;
use leptos::prelude::*;
use std::cell::Cell;

/// A page built again from its code.
pub type PageFromCode = fn(String) -> AnyView;

/// The parts, as the app hands them over.
#[derive(Clone, Copy)]
struct Parts {
    after_checking: fn(CarriedSet, String, PageFromCode) -> AnyView,
    member_code: fn(MemberAnswers) -> AnyView,
}

thread_local! {
    static PARTS: Cell<Option<Parts>> = const { Cell::new(None) };
}

/// Hands the parts over (once, as the app starts).
pub fn hand_over() {
    PARTS.with(|p| {
        p.set(Some(Parts {
            after_checking: checked_then,
            member_code: member_code_part,
        }))
    });
}

/// Never shown by the app, which hands the parts over before it mounts.
fn not_handed_over() -> AnyView {
    view! { <p class="notice notice-error" role="alert">{t().piece_missing_text()}</p> }.into_any()
}

/// The page a code opens when the code carries a trainer's question set
/// this browser has not checked yet: the checker (a piece of its own)
/// downloads and checks it, then `page` is built again from `code`, and now
/// reads the code (or says why its set was refused).
pub fn after_checking(carried: CarriedSet, code: String, page: PageFromCode) -> AnyView {
    match PARTS.with(Cell::get) {
        Some(parts) => (parts.after_checking)(carried, code, page),
        None => not_handed_over(),
    }
}

/// A team member's code, once they have answered: made and shown by a
/// piece of its own, so the link, QR code and sealing download after the
/// questions, not before them.
pub fn member_code(answers: MemberAnswers) -> AnyView {
    match PARTS.with(Cell::get) {
        Some(parts) => (parts.member_code)(answers),
        None => not_handed_over(),
    }
}

fn checked_then(carried: CarriedSet, code: String, page: PageFromCode) -> AnyView {
    lazy_page(
        move || {
            let carried = carried.clone();
            let code = code.clone();
            async move {
                crate::web::tools::check_carried_set(carried).await?;
                Ok(page(code))
            }
        },
        true,
        &[],
    )
}

fn member_code_part(answers: MemberAnswers) -> AnyView {
    lazy_page(
        move || crate::web::tools::member_code(answers.clone()),
        true,
        MEMBER_WORDS,
    )
}
