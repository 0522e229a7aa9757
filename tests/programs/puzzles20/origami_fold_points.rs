// Transparent origami (AoC 2021 day 13): points in a BTreeSet folded by an enum with guarded match arms, then drawn row by row.
use std::collections::BTreeSet;

enum Fold {
    X(i32),
    Y(i32),
}

fn apply(points: &BTreeSet<(i32, i32)>, fold: &Fold) -> BTreeSet<(i32, i32)> {
    points
        .iter()
        .map(|&(x, y)| match *fold {
            Fold::X(f) if x > f => (2 * f - x, y),
            Fold::Y(f) if y > f => (x, 2 * f - y),
            _ => (x, y),
        })
        .collect()
}

fn main() {
    let input = "6,10\n0,14\n9,10\n0,3\n10,4\n4,11\n6,0\n6,12\n4,1\n0,13\n10,12\n3,4\n3,0\n8,4\n1,10\n2,14\n8,10\n9,0\n\nfold along y=7\nfold along x=5";
    let (dots, folds) = input.split_once("\n\n").unwrap();
    let mut points: BTreeSet<(i32, i32)> = dots
        .lines()
        .map(|l| {
            let (x, y) = l.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect();
    let folds: Vec<Fold> = folds
        .lines()
        .map(|l| {
            let (axis, n) = l.trim_start_matches("fold along ").split_once('=').unwrap();
            let n = n.parse().unwrap();
            if axis == "x" { Fold::X(n) } else { Fold::Y(n) }
        })
        .collect();
    for (i, f) in folds.iter().enumerate() {
        points = apply(&points, f);
        println!("after fold {}: {} dots", i + 1, points.len());
    }
    let max_x = points.iter().map(|p| p.0).max().unwrap();
    let max_y = points.iter().map(|p| p.1).max().unwrap();
    for y in 0..=max_y {
        let row: String = (0..=max_x).map(|x| if points.contains(&(x, y)) { '#' } else { '.' }).collect();
        println!("{}", row);
    }
}
// expect: after fold 1: 17 dots
// expect: after fold 2: 16 dots
// expect: #####
// expect: #...#
// expect: #...#
// expect: #...#
// expect: #####
