//! The festival's conflict rules and its auto-scheduler: plain functions over the program, with
//! no database, unit-tested here and timed by `examples/schedule_bench.rs`.
mod auto;
mod conflicts;
mod model;
pub use auto::*;
pub use conflicts::*;
pub use model::*;

#[cfg(test)]
mod tests;
