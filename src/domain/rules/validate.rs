//! One set of rules for every record, however it arrives: typed into a form,
//! read from storage, imported from a backup, or decoded from a link. Each
//! record kind has one function that either refuses the record (with why) or
//! returns it cleaned to the rules the forms enforce while typing (names and
//! labels capped and free of invisible or direction-changing characters,
//! ratings and priorities only for behaviours of its question set, no more
//! priorities than the set allows and none twice, texts capped), with a
//! plain-words note for each thing it changed.

use crate::domain::base::ids::id_values;
use crate::domain::base::text::{clean_label, clean_reflection, MAX_LABEL_CHARS};
use crate::domain::records::assessment::Assessment;
use crate::domain::records::cohort::AnonymousAnswers;
use crate::domain::records::cohort::{Cohort, Membership};
use crate::domain::records::commitment::{CheckIn, Commitment};
use crate::domain::records::response::Response;
use crate::domain::rules::plan::valid_date;
use crate::domain::rules::questionnaire::Step;
use crate::domain::rules::validate_notes::{Checked, Label, Note, Refusal, Required, Whose};
use crate::domain::sets::instrument::Instrument;

/// Whether `id` is a well-formed record id (16 characters of the id alphabet).
pub fn valid_id(id: &str) -> bool {
    id_values(id).is_some()
}

/// A required label: cleaned, and refused if nothing readable is left.
fn required_label(raw: &str, what: Required, notes: &mut Vec<Note>) -> Result<String, Refusal> {
    let cleaned = clean_label(raw);
    if cleaned.is_empty() {
        return Err(Refusal::Missing(what));
    }
    if cleaned != raw {
        notes.push(changed_label(what.label(), raw));
    }
    Ok(cleaned)
}

/// An optional label: cleaned; one with nothing readable left is dropped.
fn optional_label(raw: Option<&str>, what: Label, notes: &mut Vec<Note>) -> Option<String> {
    let raw = raw?;
    let cleaned = clean_label(raw);
    if cleaned != raw {
        notes.push(changed_label(what, raw));
    }
    Some(cleaned).filter(|c| !c.is_empty())
}

fn changed_label(what: Label, raw: &str) -> Note {
    if raw.chars().count() > MAX_LABEL_CHARS {
        Note::Shortened(what)
    } else {
        Note::Cleaned(what)
    }
}

/// One rater's answers, kept to the question set's rules.
fn response(
    mut r: Response,
    instrument: &Instrument,
    whose: Whose,
    notes: &mut Vec<Note>,
) -> Response {
    let before = r.ratings.len();
    r.ratings.retain(|id, _| instrument.item(id).is_some());
    if r.ratings.len() < before {
        notes.push(Note::UnknownRatings {
            whose,
            count: before - r.ratings.len(),
        });
    }
    let mut priorities: Vec<String> = Vec::new();
    let mut dropped = 0;
    for p in r.priorities {
        let unknown = instrument.item(&p).is_none();
        if unknown || priorities.contains(&p) || priorities.len() >= instrument.priorities_limit {
            dropped += 1;
        } else {
            priorities.push(p);
        }
    }
    if dropped > 0 {
        notes.push(Note::DroppedPriorities {
            whose,
            count: dropped,
            limit: instrument.priorities_limit,
        });
    }
    r.priorities = priorities;
    let before = r.reflections.len();
    r.reflections = r
        .reflections
        .into_iter()
        .filter(|(id, _)| instrument.reflections.iter().any(|p| &p.id == id))
        .filter_map(|(id, text)| {
            let cleaned = clean_reflection(&text);
            if cleaned.chars().count() < text.chars().count() {
                notes.push(Note::ReflectionShortened(whose));
            }
            Some((id, cleaned)).filter(|(_, t)| !t.trim().is_empty())
        })
        .collect();
    if r.reflections.len() < before {
        notes.push(Note::DroppedReflections {
            whose,
            count: before - r.reflections.len(),
        });
    }
    if r.last_step
        .as_deref()
        .is_some_and(|s| Step::from_slug(instrument, s).is_none())
    {
        r.last_step = None;
    }
    r
}

fn commitment(mut c: Commitment, instrument: &Instrument) -> Option<Commitment> {
    let plain_id = !c.id.is_empty()
        && c.id.len() <= 40
        && c.id
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '-');
    if !plain_id {
        return None;
    }
    c.action = clean_reflection(c.action.trim());
    if c.action.trim().is_empty() {
        return None;
    }
    if c.item_id
        .as_deref()
        .is_some_and(|i| instrument.item(i).is_none())
    {
        c.item_id = None;
    }
    if c.due.as_deref().is_some_and(|d| !valid_date(d)) {
        c.due = None;
    }
    c.check_ins = c
        .check_ins
        .into_iter()
        .filter(|k| valid_date(&k.date))
        .map(|k| CheckIn {
            date: k.date,
            note: clean_reflection(k.note.trim()),
        })
        .filter(|k| !k.note.is_empty())
        .collect();
    c.carried_from = c.carried_from.filter(|id| valid_id(id));
    Some(c)
}

fn membership(m: Membership, notes: &mut Vec<Note>) -> Option<Membership> {
    if !valid_id(&m.cohort_id) {
        notes.push(Note::UnknownCohort);
        return None;
    }
    let name = optional_label(Some(&m.name), Label::CohortName, notes)?;
    Some(Membership { name, ..m })
}

/// Checks an assessment against its question set: refused if its id or
/// leader's name is unusable, otherwise cleaned to the rules of the forms.
pub fn assessment(a: Assessment, instrument: &Instrument) -> Result<Checked<Assessment>, Refusal> {
    if !valid_id(&a.id) {
        return Err(Refusal::BadId);
    }
    let mut notes = Vec::new();
    let leader = required_label(&a.leader, Required::LeaderName, &mut notes)?;
    let manager = optional_label(a.manager.as_deref(), Label::ManagerName, &mut notes);
    let cycle = optional_label(a.cycle.as_deref(), Label::CycleLabel, &mut notes);
    let leader_response = response(a.leader_response, instrument, Whose::Leader, &mut notes);
    let manager_response = a
        .manager_response
        .map(|r| response(r, instrument, Whose::Manager, &mut notes));
    let before = a.commitments.len();
    let mut commitments: Vec<Commitment> = Vec::new();
    for c in a.commitments {
        if let Some(c) = commitment(c, instrument) {
            if !commitments.iter().any(|k| k.id == c.id) {
                commitments.push(c);
            }
        }
    }
    if commitments.len() < before {
        notes.push(Note::DroppedCommitments(before - commitments.len()));
    }
    let previous_cycle = a.previous_cycle.filter(|id| valid_id(id));
    let cohort = a.cohort.and_then(|m| membership(m, &mut notes));
    Ok(Checked {
        record: Assessment {
            leader,
            manager,
            cycle,
            leader_response,
            manager_response,
            commitments,
            previous_cycle,
            cohort,
            ..a
        },
        notes,
    })
}

/// A participant's shared answers, kept to the question set's rules (the
/// same as a rater's: known behaviours, priorities within the limit).
fn anonymous(
    a: AnonymousAnswers,
    instrument: &Instrument,
    notes: &mut Vec<Note>,
) -> AnonymousAnswers {
    let r = response(
        Response {
            ratings: a.ratings,
            priorities: a.priorities,
            ..Response::default()
        },
        instrument,
        Whose::Participant,
        notes,
    );
    AnonymousAnswers {
        ratings: r.ratings,
        priorities: r.priorities,
    }
}

/// Checks a trainer's cohort: refused if its id or name is unusable; every
/// participant's answers kept to the question set's rules; a participant
/// repeated under one token is kept once.
pub fn cohort(c: Cohort, instrument: &Instrument) -> Result<Checked<Cohort>, Refusal> {
    if !valid_id(&c.id) {
        return Err(Refusal::BadId);
    }
    let mut notes = Vec::new();
    let name = required_label(&c.name, Required::CohortName, &mut notes)?;
    let mut participants: Vec<crate::domain::records::cohort::Participant> = Vec::new();
    for p in c.participants {
        if participants.iter().any(|q| q.token == p.token) {
            notes.push(Note::RepeatedParticipant);
            continue;
        }
        participants.push(crate::domain::records::cohort::Participant {
            token: p.token,
            leader: anonymous(p.leader, instrument, &mut notes),
            manager: p.manager.map(|m| anonymous(m, instrument, &mut notes)),
            team: p.team.filter(|t| {
                let valid = t.valid_for(instrument);
                if !valid {
                    notes.push(Note::InvalidTeamFigures);
                }
                valid
            }),
        });
    }
    // The dashboard never shows more participants than were gathered.
    let shown = c
        .shown
        .map(|s| s.min(u32::try_from(participants.len()).unwrap_or(u32::MAX)));
    Ok(Checked {
        record: Cohort {
            name,
            participants,
            shown,
            ..c
        },
        notes,
    })
}
