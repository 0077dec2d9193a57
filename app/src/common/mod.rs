//! What every feature uses, on the server and in the browser: the one error type, coded enums,
//! sectors, the viewer and their roles, field rules, age rules and notification kinds.
pub mod audit;
pub mod codes;
pub mod cookie;
pub mod csv;
pub mod error;
pub mod ical;
pub mod ids;
pub mod lang;
pub mod sectors;
pub mod start;

mod age;
mod check;
mod flash;
mod input;
mod notice;
mod person;
mod viewer;
pub use age::*;
pub use check::*;
pub use flash::*;
pub use input::*;
pub use notice::*;
pub use person::*;
pub use viewer::*;
