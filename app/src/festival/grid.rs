//! The steering desk's venue × time grid of the festival day, laid out as table cells: plain
//! functions, unit-tested here, rendered by `components::DayGrid`.
use crate::common::ids::InterventionId;

/// Minutes in one column of the grid.
pub const GRID_STEP: u32 = 30;

/// One placed intervention as the grid sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GridItem {
    pub id: InterventionId,
    pub start: u32,
    pub duration: u32,
    /// It is in a conflict the desk flags.
    pub conflict: bool,
}

/// A cell of one venue's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GridCell {
    /// A column with nothing in it.
    Free { start: u32 },
    /// Interventions whose public times overlap these columns, earliest first; `conflict` when
    /// any of them is flagged.
    Busy {
        columns: u32,
        items: Vec<GridItem>,
        conflict: bool,
    },
}

/// The start of each column of a day from `opens` to `closes`.
pub fn grid_columns(opens: u32, closes: u32) -> Vec<u32> {
    let first = opens / GRID_STEP * GRID_STEP;
    (first..closes).step_by(GRID_STEP as usize).collect()
}

/// One venue's row: a cell per free column and one cell spanning the columns of each group of
/// interventions whose times touch the same columns (so the row always has every column).
pub fn grid_row(opens: u32, closes: u32, items: &[GridItem]) -> Vec<GridCell> {
    let columns = grid_columns(opens, closes);
    let count = columns.len() as u32;
    let first = columns.first().copied().unwrap_or(opens);
    let column_of = |minute: u32| (minute.saturating_sub(first) / GRID_STEP).min(count);
    let mut sorted: Vec<GridItem> = items.to_vec();
    sorted.sort_by_key(|i| (i.start, i.id));
    // Groups of items as [from, to) column ranges.
    let mut groups: Vec<(u32, u32, Vec<GridItem>)> = Vec::new();
    for item in sorted {
        let from = column_of(item.start).min(count.saturating_sub(1));
        let to = column_of((item.start + item.duration).saturating_sub(1)) + 1;
        let to = to.clamp(from + 1, count.max(from + 1));
        match groups.last_mut() {
            Some(group) if from < group.1 => {
                group.1 = group.1.max(to);
                group.2.push(item);
            }
            _ => groups.push((from, to, vec![item])),
        }
    }
    let mut cells = Vec::new();
    let mut column = 0;
    for (from, to, items) in groups {
        while column < from {
            cells.push(GridCell::Free {
                start: columns[column as usize],
            });
            column += 1;
        }
        let conflict = items.iter().any(|i| i.conflict);
        cells.push(GridCell::Busy {
            columns: to - from,
            items,
            conflict,
        });
        column = to;
    }
    while column < count {
        cells.push(GridCell::Free {
            start: columns[column as usize],
        });
        column += 1;
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: i64, start: u32, duration: u32) -> GridItem {
        GridItem {
            id: InterventionId(id),
            start,
            duration,
            conflict: false,
        }
    }

    fn width(cells: &[GridCell]) -> u32 {
        cells
            .iter()
            .map(|c| match c {
                GridCell::Free { .. } => 1,
                GridCell::Busy { columns, .. } => *columns,
            })
            .sum()
    }

    #[test]
    fn a_day_from_ten_to_ten_has_twenty_four_half_hour_columns() {
        let columns = grid_columns(600, 1320);
        assert_eq!(columns.len(), 24);
        assert_eq!(columns[0], 600);
        assert_eq!(columns[23], 1290);
        // A day opening at 10:15 starts its first column at 10:00.
        assert_eq!(grid_columns(615, 700), vec![600, 630, 660, 690]);
    }

    #[test]
    fn an_intervention_spans_the_columns_of_its_public_time() {
        // 11:00–12:15 covers 11:00, 11:30 and 12:00.
        let cells = grid_row(600, 1320, &[item(1, 660, 75)]);
        assert_eq!(cells[0], GridCell::Free { start: 600 });
        assert_eq!(cells[1], GridCell::Free { start: 630 });
        assert!(
            matches!(&cells[2], GridCell::Busy { columns: 3, items, conflict: false } if items.len() == 1)
        );
        assert_eq!(cells[3], GridCell::Free { start: 750 });
        assert_eq!(width(&cells), 24);
    }

    #[test]
    fn overlapping_interventions_share_one_cell_marked_when_flagged() {
        let mut b = item(2, 690, 60);
        b.conflict = true;
        let cells = grid_row(600, 1320, &[b, item(1, 660, 60), item(3, 900, 30)]);
        let busy: Vec<&GridCell> = cells
            .iter()
            .filter(|c| matches!(c, GridCell::Busy { .. }))
            .collect();
        assert_eq!(busy.len(), 2);
        match busy[0] {
            GridCell::Busy {
                columns,
                items,
                conflict,
            } => {
                assert_eq!(*columns, 3, "11:00–12:30");
                assert_eq!(items[0].id, InterventionId(1), "earliest first");
                assert!(*conflict);
            }
            GridCell::Free { .. } => unreachable!(),
        }
        assert_eq!(width(&cells), 24);
    }

    #[test]
    fn back_to_back_interventions_get_cells_of_their_own_and_the_row_stays_whole_at_the_edges() {
        let cells = grid_row(
            600,
            1320,
            &[item(1, 600, 30), item(2, 630, 30), item(3, 1290, 60)],
        );
        assert!(matches!(&cells[0], GridCell::Busy { columns: 1, .. }));
        assert!(matches!(&cells[1], GridCell::Busy { columns: 1, .. }));
        assert!(matches!(
            cells.last(),
            Some(GridCell::Busy { columns: 1, .. })
        ));
        assert_eq!(width(&cells), 24);
    }
}
