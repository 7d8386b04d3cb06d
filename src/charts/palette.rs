//! Colours for charts in the light and dark colour schemes. The two raters
//! keep the same hue in both schemes, so legends read the same everywhere.

/// Which colour scheme the page is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Scheme {
    /// Dark text on a light background.
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
}

/// The colours one chart needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// Axis labels, legends and titles.
    pub text: &'static str,
    /// Grid and axis lines.
    pub grid: &'static str,
    /// The leader's own ratings.
    pub leader: &'static str,
    /// The manager's ratings.
    pub manager: &'static str,
}

impl Palette {
    /// The palette for a colour scheme (contrast checked against the page background).
    pub fn for_scheme(scheme: Scheme) -> Palette {
        match scheme {
            Scheme::Light => Palette {
                text: "#1f2933",
                grid: "#d5dbe1",
                leader: "#2563a8",
                manager: "#b45309",
            },
            Scheme::Dark => Palette {
                text: "#e6e9ed",
                grid: "#3b4754",
                leader: "#7fb3ee",
                manager: "#f5a35c",
            },
        }
    }
}
