//! The pages of ideas: the public list, sharing, an idea's page with its discussion, editing,
//! the history of versions, accepting a co-author invitation, and the moderation queue.
mod edit_idea;
mod history;
mod idea;
mod ideas;
mod invite;
mod moderation;
mod share_idea;
pub use edit_idea::*;
pub use history::*;
pub use idea::*;
pub use ideas::*;
pub use invite::*;
pub use moderation::*;
pub use share_idea::*;
