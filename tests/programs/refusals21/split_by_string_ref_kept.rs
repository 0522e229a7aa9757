// A split by a `&String` (or a `&&str`) kept in a variable searches for the String's text, and its type names the pattern: Split<'_, &String>.
fn main() {
    let sep = String::from(" | ");
    let row = "1 | 2 | 3";
    let mut cells = row.split(&sep);
    println!("{:?}", cells.next());
    println!("{:?}", cells);
    let total: i32 = cells.map(|c| c.parse::<i32>().unwrap()).sum();
    println!("rest sums to {}", total);
    let dash = "-";
    let mut parts = "2024-01-31".split(&dash);
    let year: u32 = parts.next().unwrap().parse().unwrap();
    println!("{} {:?}", year, parts.collect::<Vec<_>>());
}
// expect: Some("1")
// expect: Split(SplitInternal { start: 4, end: 9, matcher: StrSearcher { haystack: "1 | 2 | 3", needle: " | ", searcher: TwoWay(TwoWaySearcher { crit_pos: 1, crit_pos_back: 2, period: 2, byteset: 1152921508901814272, position: 4, end: 9, memory: 0, memory_back: 3 }) }, allow_trailing_empty: true, finished: false })
// expect: rest sums to 5
// expect: 2024 ["01", "31"]
