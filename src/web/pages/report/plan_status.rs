//! A commitment's status as the plan's select offers and reads it (the
//! stored key, the reader's word).

use crate::domain::records::commitment::CommitmentStatus;
use crate::web::language::t;
use leptos::prelude::*;

/// The status options, `current` selected.
pub fn status_select(current: CommitmentStatus) -> impl IntoView {
    CommitmentStatus::ALL
        .iter()
        .map(|s| view! { <option value=s.key() selected=*s == current>{s.label(t())}</option> })
        .collect_view()
}

/// The status a select's value names (Planned for anything else).
pub fn parse_status(value: &str) -> CommitmentStatus {
    CommitmentStatus::from_key(value).unwrap_or(CommitmentStatus::Planned)
}
