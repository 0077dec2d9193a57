//! The calendar's filters as they travel in the URL: `?stage=workshop&sector=youth&month=2027-04&free=1`.
use super::rules::month_of;
use super::WorkshopCard;
use crate::common::sectors::Sector;
use crate::ideas::stage::Stage;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopFilter {
    /// The stage of an idea the workshop serves (`team` or `workshop`).
    pub stage: Option<Stage>,
    pub sector: Option<Sector>,
    /// `YYYY-MM`.
    pub month: Option<String>,
    /// Only workshops with a free seat.
    pub free: bool,
}

impl WorkshopFilter {
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        WorkshopFilter {
            stage: get("stage")
                .and_then(|s| Stage::from_code(&s))
                .filter(|s| matches!(s, Stage::Team | Stage::Workshop)),
            sector: get("sector").and_then(|s| Sector::from_code(&s)),
            month: get("month")
                .filter(|m| m.len() == 7 && super::rules::valid_day(&format!("{m}-01"))),
            free: get("free").is_some_and(|v| v == "1" || v == "on" || v == "true"),
        }
    }

    pub fn matches(&self, card: &WorkshopCard) -> bool {
        self.stage.is_none_or(|s| card.serves == s)
            && self.sector.is_none_or(|s| card.sectors.contains(&s))
            && self
                .month
                .as_deref()
                .is_none_or(|m| month_of(&card.day) == m)
            && (!self.free || card.free() > 0)
    }

    pub fn is_empty(&self) -> bool {
        *self == WorkshopFilter::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::ids::WorkshopId;

    fn card(serves: Stage, sectors: Vec<Sector>, day: &str, taken: i64) -> WorkshopCard {
        WorkshopCard {
            id: WorkshopId(1),
            title: "Planas per vieną vakarą".into(),
            serves,
            series: None,
            sectors,
            age_min: 14,
            age_max: Some(29),
            lang: "lt".into(),
            day: day.into(),
            starts: 1050,
            ends: 1200,
            place: Some("Kauno menininkų namai".into()),
            capacity: 10,
            taken,
            waiting: 0,
            closes_at: format!("{day} 17:30"),
        }
    }

    #[test]
    fn filters_come_from_the_url_and_bad_values_are_ignored() {
        let params = |k: &str| match k {
            "stage" => Some("workshop".to_owned()),
            "sector" => Some("youth".to_owned()),
            "month" => Some("2027-13".to_owned()),
            "free" => Some("1".to_owned()),
            _ => None,
        };
        let f = WorkshopFilter::from_params(params);
        assert_eq!(f.stage, Some(Stage::Workshop));
        assert_eq!(f.sector, Some(Sector::Youth));
        assert_eq!(f.month, None, "no 13th month");
        assert!(f.free);
        let spark = WorkshopFilter::from_params(|k| (k == "stage").then(|| "spark".to_owned()));
        assert_eq!(spark.stage, None, "no workshop serves the spark stage");
    }

    #[test]
    fn each_filter_narrows_the_list() {
        let april = card(
            Stage::Team,
            vec![Sector::Youth, Sector::Culture],
            "2027-04-08",
            4,
        );
        let full = card(Stage::Workshop, vec![Sector::Business], "2027-05-06", 10);
        let by = |f: WorkshopFilter| {
            [&april, &full]
                .into_iter()
                .filter(|c| f.matches(c))
                .map(|c| c.day.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(by(WorkshopFilter::default()).len(), 2);
        assert_eq!(
            by(WorkshopFilter {
                stage: Some(Stage::Workshop),
                ..Default::default()
            }),
            vec!["2027-05-06"]
        );
        assert_eq!(
            by(WorkshopFilter {
                sector: Some(Sector::Culture),
                ..Default::default()
            }),
            vec!["2027-04-08"]
        );
        assert_eq!(
            by(WorkshopFilter {
                month: Some("2027-05".into()),
                ..Default::default()
            }),
            vec!["2027-05-06"]
        );
        assert_eq!(
            by(WorkshopFilter {
                free: true,
                ..Default::default()
            }),
            vec!["2027-04-08"],
            "a full workshop has no free seat"
        );
    }
}
