//! A gathered code opened as a link on the device that gathers it (e.g.
//! scanned from a participant's or team member's screen): it is added to
//! the matching cohort or team pulse in this browser, or the page explains
//! why it cannot be. One page for every kind that [`Gathers`].

use crate::domain::formats::gathering::{Gathers, Outcome};
use crate::domain::formats::route::Route;
use crate::domain::formats::share::envelope::code_in;
use crate::domain::formats::share::ShareError;
use crate::domain::formats::stored::StoredRecord;
use crate::web::state::set_title;
use crate::web::storage::{records, StorageError};
use leptos::prelude::*;

/// What a kind's code page says.
pub struct CodeWords<T> {
    /// The browser tab's title.
    pub title: &'static str,
    /// The heading once the code is in.
    pub received: &'static str,
    /// Why a code whose record is not in this browser cannot be added.
    pub not_here: &'static str,
    /// The result of adding it, for the record it went into.
    pub outcome: fn(&T, &Outcome) -> String,
    /// The button back to the record.
    pub open: &'static str,
    /// The record's page.
    pub route: fn(&T) -> Route,
}

/// Why a code could not be added.
enum CodeProblem {
    /// Not a code of this kind, or damaged.
    Code(ShareError),
    /// Its record is not in this browser.
    NotHere,
    /// Storage refused the change.
    Storage(StorageError),
}

/// The page for a gathered code opened as a link.
pub fn open_code_page<T>(code: &str, words: CodeWords<T>) -> AnyView
where
    T: StoredRecord + Gathers,
{
    set_title(words.title);
    let code = code_in(code).to_string();
    let added = T::record_of_code(&code)
        .map_err(CodeProblem::Code)
        .and_then(|id| records::load::<T>(&id).map_err(|_| CodeProblem::NotHere))
        .and_then(|here| {
            records::update::<T, _>(here.id(), |record| record.add_code(&code))
                .map_err(CodeProblem::Storage)
        });
    match added {
        Err(problem) => {
            let message = match problem {
                CodeProblem::Code(e) => e.to_string(),
                CodeProblem::NotHere => words.not_here.to_string(),
                CodeProblem::Storage(e) => format!("Nothing was gathered: {e}"),
            };
            view! {
                <h1 tabindex="-1" class="page-title">"This code was not added"</h1>
                <p class="notice notice-error" role="alert">{message}</p>
                <p><a class="button" href=Route::Home.href()>"Go to the home page"</a></p>
            }
            .into_any()
        }
        Ok((record, outcome)) => {
            let ok = !matches!(outcome, Outcome::Rejected(_));
            let text = (words.outcome)(&record, &outcome);
            view! {
                <h1 tabindex="-1" class="page-title">{if ok { words.received } else { "This code was not added" }}</h1>
                <p class="notice" class:notice-error=!ok role="status">{text}</p>
                <p><a class="button primary" href=(words.route)(&record).href()>{words.open}</a></p>
            }
            .into_any()
        }
    }
}
