//! The instrument: what is asked, as data. Views and scoring read it; nothing
//! about the questions is written into code elsewhere.

use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// The address slug of the questionnaire's priorities step.
pub const PRIORITIES_SLUG: &str = "priorities";
/// The address slug of the questionnaire's reflections step.
pub const REFLECTIONS_SLUG: &str = "reflections";
/// The address slug of the questionnaire's review step.
pub const REVIEW_SLUG: &str = "review";
/// The slugs of the questionnaire's fixed steps: a dimension's id is its
/// step's slug, so no dimension may use one of these (the checker refuses it).
pub const RESERVED_SLUGS: [&str; 3] = [PRIORITIES_SLUG, REFLECTIONS_SLUG, REVIEW_SLUG];

/// Identifies an instrument and its wording. Every stored response carries
/// one, so that cycles are compared only when they asked the same questions.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct InstrumentRef {
    /// Stable name of the question set, e.g. `sparc-180`.
    pub id: String,
    /// Raised whenever any wording or item changes.
    pub version: u32,
}

/// A 32-bit FNV-1a hash of a question set's id and version (the 180's or a
/// pulse's): names it in share codes in 4 bytes instead of its whole id.
pub fn fingerprint_of(id: &str, version: u32) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    let text = format!("{id}\u{0}{version}");
    for byte in text.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

/// A complete question set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Instrument {
    /// Version of this file format, so that future formats can be told apart.
    pub format: u32,
    /// See [`InstrumentRef::id`].
    pub id: String,
    /// See [`InstrumentRef::version`].
    pub version: u32,
    /// Shown to respondents and trainers.
    pub name: String,
    /// The words of the frequency scale.
    pub scale: Scale,
    /// How many behaviours each rater may mark as priorities.
    pub priorities_limit: usize,
    /// The optional free-text questions.
    pub reflections: Vec<ReflectionPrompt>,
    /// The dimensions in the order they are asked.
    pub dimensions: Vec<Dimension>,
    /// The language its words are in (`en` when the file does not say).
    #[serde(default = "english", skip_serializing_if = "is_english")]
    pub language: String,
    /// Its words in more languages, keyed by its ids (none: shown in its
    /// own language everywhere).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<crate::domain::sets::words::InstrumentWords>,
}

/// A set's language when its file does not say.
pub(crate) fn english() -> String {
    "en".to_string()
}

/// Whether a set is in English (not written to files, so sets made before
/// languages read and travel as before).
pub(crate) fn is_english(code: &String) -> bool {
    code == "en"
}

/// The words for each point of the 1–5 frequency scale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scale {
    /// One entry per score, lowest first.
    pub points: Vec<ScalePoint>,
    /// The words for the "not observed" choice.
    pub not_observed: String,
}

/// One point of the scale and its word, e.g. 1 "Rarely".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScalePoint {
    /// The score, 1 to 5.
    pub value: u8,
    /// The frequency word shown beside it.
    pub label: String,
}

/// An optional free-text question answered by both raters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReflectionPrompt {
    /// Stable key for the stored answer.
    pub id: String,
    /// The question as shown.
    pub prompt: String,
}

/// A group of behaviours scored together (one step of the questionnaire).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dimension {
    /// Stable key, also used in page URLs.
    pub id: String,
    /// Shown as the step heading and on charts.
    pub name: String,
    /// One sentence on what the dimension is about.
    pub summary: String,
    /// The behaviours, in the order asked.
    pub items: Vec<Item>,
}

/// One observable behaviour, worded to read right for both raters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// Stable key for stored ratings and priorities.
    pub id: String,
    /// The behaviour, e.g. "Listens fully to a differing view before responding".
    pub text: String,
}

static SPARC_180: LazyLock<Instrument> = LazyLock::new(|| {
    crate::json::from_str(include_str!("instruments/sparc-180.json"))
        .expect("the built-in instrument is valid JSON; tests/instrument.rs checks it")
});

impl Instrument {
    /// The built-in SPARC 180 instrument, the default for every assessment.
    pub fn sparc_180() -> &'static Instrument {
        &SPARC_180
    }

    /// Whether this is the built-in instrument (never sent in links).
    pub fn is_builtin(&self) -> bool {
        self.reference() == Self::sparc_180().reference()
    }

    /// A 32-bit FNV-1a hash of the id and version: names the instrument in
    /// share codes in 4 bytes instead of its whole id.
    pub fn fingerprint(&self) -> u32 {
        fingerprint_of(&self.id, self.version)
    }

    /// The id and version that identify this instrument.
    pub fn reference(&self) -> InstrumentRef {
        InstrumentRef {
            id: self.id.clone(),
            version: self.version,
        }
    }

    /// Every item, in the order asked, with the dimension it belongs to.
    pub fn items(&self) -> impl Iterator<Item = (&Dimension, &Item)> {
        self.dimensions
            .iter()
            .flat_map(|d| d.items.iter().map(move |i| (d, i)))
    }

    /// How many items there are in all.
    pub fn item_count(&self) -> usize {
        self.dimensions.iter().map(|d| d.items.len()).sum()
    }

    /// Looks an item up by id.
    pub fn item(&self, id: &str) -> Option<(&Dimension, &Item)> {
        self.items().find(|(_, item)| item.id == id)
    }

    /// The position of a dimension, by id.
    pub fn dimension_index(&self, id: &str) -> Option<usize> {
        self.dimensions.iter().position(|d| d.id == id)
    }

    /// The word for a score, e.g. 5 → "Consistently".
    pub fn scale_word(&self, score: u8) -> Option<&str> {
        self.scale
            .points
            .iter()
            .find(|p| p.value == score)
            .map(|p| p.label.as_str())
    }
}
