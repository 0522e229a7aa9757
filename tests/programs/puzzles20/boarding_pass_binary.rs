// Boarding passes (AoC 2020 day 5): seat ids folded from F/B/L/R as binary, sorted, the gap found with windows, and from_str_radix of a replaced string.
fn seat_id(pass: &str) -> u32 {
    pass.chars().fold(0, |acc, c| {
        acc * 2 + match c {
            'B' | 'R' => 1,
            'F' | 'L' => 0,
            _ => panic!("bad char {}", c),
        }
    })
}

fn main() {
    let passes = vec!["FBFBBFFRLR", "BFFFBBFRRR", "FFFBBBFRRR", "BBFFBBFRLL", "BBFFBBFRRL"];
    let mut ids: Vec<u32> = passes.iter().map(|p| seat_id(p)).collect();
    for (p, id) in passes.iter().zip(&ids) {
        println!("{}: row {}, column {}, seat ID {}", p, id >> 3, id & 7, id);
    }
    ids.sort_unstable();
    println!("max {}", ids.iter().max().unwrap());
    let gap = ids.windows(2).find(|w| w[1] - w[0] == 2).map(|w| w[0] + 1);
    println!("gap {:?}", gap);
    let bin = u32::from_str_radix(&"FBFBBFFRLR".replace('F', "0").replace('B', "1").replace('L', "0").replace('R', "1"), 2);
    println!("{:?}", bin);
}
// expect: FBFBBFFRLR: row 44, column 5, seat ID 357
// expect: BFFFBBFRRR: row 70, column 7, seat ID 567
// expect: FFFBBBFRRR: row 14, column 7, seat ID 119
// expect: BBFFBBFRLL: row 102, column 4, seat ID 820
// expect: BBFFBBFRRL: row 102, column 6, seat ID 822
// expect: max 822
// expect: gap Some(821)
// expect: Ok(357)
