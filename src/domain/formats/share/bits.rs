//! Bit-level packing: ratings take 3 bits, ids 5 bits a character.

use crate::domain::formats::share::{Part, ShareError};

/// Appends values of a few bits each, most significant bit first.
#[derive(Default)]
pub struct BitWriter {
    bytes: Vec<u8>,
    used: u32,
}

impl BitWriter {
    /// Appends the low `bits` bits of `value` (at most 32).
    pub fn write(&mut self, value: u32, bits: u32) {
        for i in (0..bits).rev() {
            if self.used.is_multiple_of(8) {
                self.bytes.push(0);
            }
            let bit = ((value >> i) & 1) as u8;
            if let Some(last) = self.bytes.last_mut() {
                *last |= bit << (7 - (self.used % 8));
            }
            self.used += 1;
        }
    }

    /// Appends whole bytes.
    pub fn write_bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write(u32::from(b), 8);
        }
    }

    /// Appends an unsigned number in LEB128 (7 bits a byte).
    pub fn write_varint(&mut self, mut value: u32) {
        loop {
            let low = value & 0x7f;
            value >>= 7;
            if value == 0 {
                self.write(low, 8);
                return;
            }
            self.write(low | 0x80, 8);
        }
    }

    /// Appends a length-prefixed UTF-8 string.
    pub fn write_str(&mut self, text: &str) {
        self.write_varint(text.len() as u32);
        self.write_bytes(text.as_bytes());
    }

    /// The bytes written, zero-padded to a whole byte.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

/// Reads what a [`BitWriter`] wrote; every read past the end is an error.
pub struct BitReader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> BitReader<'a> {
    /// Reads from the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        BitReader { bytes, pos: 0 }
    }

    /// Reads `bits` bits (at most 32).
    pub fn read(&mut self, bits: u32, what: Part) -> Result<u32, ShareError> {
        let mut value = 0u32;
        for _ in 0..bits {
            let byte = self
                .bytes
                .get(self.pos / 8)
                .ok_or(ShareError::Malformed(what))?;
            let bit = (byte >> (7 - (self.pos % 8))) & 1;
            value = (value << 1) | u32::from(bit);
            self.pos += 1;
        }
        Ok(value)
    }

    /// Reads `n` whole bytes.
    pub fn read_bytes(&mut self, n: usize, what: Part) -> Result<Vec<u8>, ShareError> {
        (0..n)
            .map(|_| self.read(8, what).map(|b| b as u8))
            .collect()
    }

    /// Reads a LEB128 number written by [`BitWriter::write_varint`], in its
    /// shortest form only.
    pub fn read_varint(&mut self, what: Part) -> Result<u32, ShareError> {
        let mut value: u64 = 0;
        for shift in (0..35).step_by(7) {
            let byte = self.read(8, what)?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                if shift > 0 && byte == 0 {
                    return Err(ShareError::Malformed(what));
                }
                return u32::try_from(value).map_err(|_| ShareError::Malformed(what));
            }
        }
        Err(ShareError::Malformed(what))
    }

    /// Reads a length-prefixed UTF-8 string of at most `max_bytes` bytes.
    pub fn read_str(&mut self, max_bytes: usize, what: Part) -> Result<String, ShareError> {
        let len = self.read_varint(what)? as usize;
        if len > max_bytes {
            return Err(ShareError::Malformed(what));
        }
        let bytes = self.read_bytes(len, what)?;
        String::from_utf8(bytes).map_err(|_| ShareError::Malformed(what))
    }

    /// Whether every byte has been read (an optional trailing part is absent).
    pub fn at_end(&self) -> bool {
        self.pos == self.bytes.len() * 8
    }

    /// Succeeds only if all that is left is zero padding within the last byte.
    pub fn finish(self) -> Result<(), ShareError> {
        let total = self.bytes.len() * 8;
        if total < self.pos || total - self.pos >= 8 {
            return Err(ShareError::Malformed(Part::Length));
        }
        let mut rest = BitReader {
            bytes: self.bytes,
            pos: self.pos,
        };
        let padding = rest.read((total - self.pos) as u32, Part::Padding)?;
        if padding == 0 {
            Ok(())
        } else {
            Err(ShareError::Malformed(Part::Padding))
        }
    }
}
