//! What every feature uses, on the server and in the browser: the one error type, ids, coded
//! enums, sectors, the viewer and the policy that decides who may call what.
pub mod codes;
pub mod error;
pub mod policy;
pub mod sectors;

mod age;
mod check;
mod flash;
mod person;
mod viewer;
pub use age::*;
pub use check::*;
pub use flash::*;
pub use person::*;
pub use viewer::*;
