//! The CRC-32 every share code ends with and a collector's key tag uses.
//!
//! Codes are a few hundred bytes, so the bitwise form (no lookup table) is
//! fast enough, and it keeps the 16 KB slice-by-16 table of the usual crates
//! out of every link's first download.

use crc::{Crc, NoTable, CRC_32_ISO_HDLC};

/// The standard CRC-32 (as in zip and PNG), computed without a table.
const CRC_32: Crc<u32, NoTable> = Crc::<u32, NoTable>::new(&CRC_32_ISO_HDLC);

/// The CRC-32 of `bytes`: the same value zip, PNG and `crc32fast` give.
pub fn crc32(bytes: &[u8]) -> u32 {
    CRC_32.checksum(bytes)
}
