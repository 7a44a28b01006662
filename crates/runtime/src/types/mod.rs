//! JSON shapes providers send that plain generated types cannot decode. A spec reaches them through
//! typify's `x-rust-type` extension or the xtask's conventions (see `specs/README.md`).

mod open;
mod string_map;
mod timestamp;

pub use open::Open;
pub use string_map::StringMap;
pub use timestamp::Timestamp;
