//! Assessment ids: 16 characters from a 32-letter alphabet without look-alike
//! characters (no 0/o, 1/l). Each character is 5 bits, so an id packs into
//! 10 bytes in share codes.

/// The id alphabet; a character's position is its 5-bit value.
pub const ID_ALPHABET: &[u8; 32] = b"abcdefghijkmnpqrstuvwxyz23456789";

/// Characters in an id.
pub const ID_LEN: usize = 16;

/// Makes an id from 16 random bytes (the browser supplies them).
pub fn id_from_random(bytes: &[u8; ID_LEN]) -> String {
    bytes
        .iter()
        .map(|b| ID_ALPHABET[usize::from(*b) % ID_ALPHABET.len()] as char)
        .collect()
}

/// The 5-bit values of an id's characters, if it is a well-formed id.
pub fn id_values(id: &str) -> Option<Vec<u8>> {
    if id.len() != ID_LEN {
        return None;
    }
    id.bytes()
        .map(|c| ID_ALPHABET.iter().position(|&a| a == c).map(|p| p as u8))
        .collect()
}

/// The id for 16 five-bit values.
pub fn id_from_values(values: &[u8]) -> Option<String> {
    (values.len() == ID_LEN)
        .then(|| {
            values
                .iter()
                .map(|&v| ID_ALPHABET.get(usize::from(v)).map(|&c| c as char))
                .collect()
        })
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_values() {
        let id = id_from_random(&[0, 1, 2, 31, 32, 255, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
        assert_eq!(id.len(), ID_LEN);
        let values = id_values(&id).unwrap_or_default();
        assert_eq!(id_from_values(&values), Some(id));
        assert_eq!(id_values("too-short"), None);
        assert_eq!(id_values("0000000000000000"), None);
    }
}
