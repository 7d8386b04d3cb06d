//! The one palette: colours and type sizes for charts in the light and dark
//! schemes and on paper. It mirrors the design tokens in `style/main.css`
//! (`--self`, `--manager`, `--label-*`, `--chart-*`), so a chart, a chip and a
//! table cell of the same thing share a colour. The two raters and the five
//! labels keep their hue in every scheme; colour is never the only cue
//! (charts add shapes, positions and text).

use crate::domain::rules::comparison::GapLabel;

/// Which colour scheme the page is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Scheme {
    /// Dark text on a light background.
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
}

/// The colours and type one chart needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// Axis labels, legends and titles.
    pub text: &'static str,
    /// Secondary text (axis names, notes).
    pub muted: &'static str,
    /// Grid and axis lines.
    pub grid: &'static str,
    /// The chart's background, for symbols drawn hollow.
    pub surface: &'static str,
    /// The leader's own ratings.
    pub leader: &'static str,
    /// The manager's ratings.
    pub manager: &'static str,
    /// The team's pulse (a third voice beside the two raters).
    pub team: &'static str,
    /// Colours of the five comparison labels, in [`GapLabel::ALL`] order.
    pub labels: [&'static str; 5],
    /// Text size of axis labels, legends and data labels, in px.
    pub font_size: u32,
    /// Drawn for paper, where a chart whose key the page prints beside it
    /// (the four-box) leaves out its own legend.
    pub paper: bool,
}

/// Light scheme (and paper): contrast checked against white.
const LIGHT: Palette = Palette {
    text: "#1f2933",
    muted: "#52606d",
    grid: "#d5dbe1",
    surface: "#ffffff",
    leader: "#2563a8",
    manager: "#b45309",
    team: "#0f766e",
    // blind spot, hidden strength, agreed strength, agreed development area, aligned
    labels: ["#c0362c", "#6d3fc0", "#1e7a3c", "#a3266a", "#5b6b7a"],
    font_size: 13,
    paper: false,
};

/// Dark scheme: the same hues, lighter, checked against the dark surface.
const DARK: Palette = Palette {
    text: "#e6e9ed",
    muted: "#a9b4c0",
    grid: "#3b4754",
    surface: "#1b232c",
    leader: "#7fb3ee",
    manager: "#f5a35c",
    team: "#4fd1b5",
    labels: ["#ff8a7a", "#b99cf5", "#6fd08c", "#f08cc0", "#9aa8b6"],
    font_size: 13,
    paper: false,
};

impl Palette {
    /// The palette for a colour scheme (contrast checked against the page background).
    pub fn for_scheme(scheme: Scheme) -> Palette {
        match scheme {
            Scheme::Light => LIGHT,
            Scheme::Dark => DARK,
        }
    }

    /// The palette for paper: light colours whatever the screen shows, so
    /// printed labels are dark on white.
    pub fn for_paper() -> Palette {
        Palette {
            font_size: 10,
            paper: true,
            ..LIGHT
        }
    }

    /// The same palette with text at `px` (the projector's large type).
    pub fn with_font_size(self, px: u32) -> Palette {
        Palette {
            font_size: px,
            ..self
        }
    }

    /// The colour of a comparison label.
    pub fn label(&self, label: GapLabel) -> &'static str {
        let index = GapLabel::ALL
            .iter()
            .position(|l| *l == label)
            .unwrap_or(GapLabel::ALL.len() - 1);
        self.labels[index]
    }
}
