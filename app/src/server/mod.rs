//! What only the server has: the shared state, the database, the request being answered, the
//! no-JavaScript form path, rate limits and the outbox. Never compiled into the
//! WASM bundle.
pub mod audit;
pub mod comments;
pub mod db;
pub mod files;
pub mod form;
pub mod limits;
pub mod live;
pub mod lookups;
pub mod mail;
pub mod notify;
pub mod people;
pub mod policy;
pub mod prelude;
pub mod request;
pub mod secrets;
pub mod state;
pub mod time;
