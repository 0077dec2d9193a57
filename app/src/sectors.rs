//! The five sectors Santaka brings together. Every idea, team and organisation carries some of
//! them; the database stores the code, the UI translates it.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    Youth,
    Culture,
    Education,
    Business,
    Social,
}

impl Sector {
    pub const ALL: [Sector; 5] = [
        Sector::Youth,
        Sector::Culture,
        Sector::Education,
        Sector::Business,
        Sector::Social,
    ];

    /// The code stored in the database (`sectors.code`).
    pub fn code(self) -> &'static str {
        match self {
            Sector::Youth => "youth",
            Sector::Culture => "culture",
            Sector::Education => "education",
            Sector::Business => "business",
            Sector::Social => "social",
        }
    }

    pub fn from_code(code: &str) -> Option<Sector> {
        Sector::ALL.into_iter().find(|s| s.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sector_round_trips_through_its_code() {
        for sector in Sector::ALL {
            assert_eq!(Sector::from_code(sector.code()), Some(sector));
        }
        assert_eq!(Sector::from_code("sports"), None);
    }
}
