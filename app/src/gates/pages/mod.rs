mod stages;
pub use stages::StagesPage;
