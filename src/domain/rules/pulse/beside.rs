//! The team beside the 180: per dimension, the leader's and the manager's
//! scores and the team's mean agreement on the same 1–5 footing (Strongly
//! disagree = 1 … Strongly agree = 5, Don't know left out), and what the
//! coaching guide should say where the team sees it differently.

use crate::domain::base::format;
use crate::domain::base::messages::Messages;
use crate::domain::base::thresholds::DIMENSION_GAP_FLAG;
use crate::domain::rules::comparison::Comparison;
use crate::domain::rules::pulse::picture::PulsePicture;

/// One dimension: self, manager and team.
#[derive(Clone, Debug, PartialEq)]
pub struct Beside {
    /// The dimension's id (the same in the 180 and the pulse).
    pub dimension_id: String,
    /// Its name.
    pub name: String,
    /// The leader's score.
    pub leader: Option<f64>,
    /// The manager's score.
    pub manager: Option<f64>,
    /// The team's mean agreement.
    pub team: Option<f64>,
}

/// The rows, in the 180's dimension order; empty when the team's picture is
/// not shown (below the minimum group).
pub fn beside_180(comparison: &Comparison, picture: &PulsePicture) -> Vec<Beside> {
    if !picture.shown() {
        return Vec::new();
    }
    comparison
        .dimensions
        .iter()
        .map(|d| Beside {
            dimension_id: d.dimension_id.clone(),
            name: d.name.clone(),
            leader: d.leader.mean(),
            manager: d.manager.mean(),
            team: picture
                .dimensions
                .iter()
                .find(|row| row.id == d.dimension_id)
                .and_then(|row| row.figures.mean),
        })
        .collect()
}

/// Where the team's view differs from what the two raters agree on: a
/// topic for the one-on-one, in the coaching guide.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamNote {
    /// The dimension's name.
    pub name: String,
    /// One sentence, with the figures as they are shown.
    pub text: String,
}

/// The notes, strongest difference first. A dimension is noted when both
/// raters score it at least [`DIMENSION_GAP_FLAG`] above the team ("a
/// strength you both see that the team does not"), or the team at least
/// that much above both ("the team sees more than either of you").
pub fn team_notes(words: &Messages, rows: &[Beside]) -> Vec<TeamNote> {
    let language = words.language();
    let mut notes: Vec<(f64, TeamNote)> = rows
        .iter()
        .filter_map(|row| {
            let (leader, manager, team) = (row.leader?, row.manager?, row.team?);
            let (l, m, t) = (
                format::round1(leader),
                format::round1(manager),
                format::round1(team),
            );
            let figures = words.team_note_figures(
                &format::score(language, l),
                &format::score(language, m),
                &format::score(language, t),
            );
            let below = l.min(m) - t;
            let above = t - l.max(m);
            let text = if below >= DIMENSION_GAP_FLAG {
                (below, words.team_note_team_lower(&row.name, &figures))
            } else if above >= DIMENSION_GAP_FLAG {
                (above, words.team_note_team_higher(&row.name, &figures))
            } else {
                return None;
            };
            Some((
                text.0,
                TeamNote {
                    name: row.name.clone(),
                    text: text.1,
                },
            ))
        })
        .collect();
    notes.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.name.cmp(&b.1.name)));
    notes.into_iter().map(|(_, note)| note).collect()
}
