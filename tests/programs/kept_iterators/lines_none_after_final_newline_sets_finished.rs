// Lines' `next` that says None after a final '\n' still changes it: std's SplitInclusive sets `finished` then, as `{:?}` shows.
fn main() {
    let mut lines = "only\n".lines();
    println!("{:?}", lines.next());
    println!("{:?}", lines);
    println!("{:?}", lines.next());
    println!("{:?}", lines);
}
// expect: Some("only")
// expect: Lines(Map { iter: SplitInclusive { 0: SplitInternal { start: 5, end: 5, matcher: CharSearcher { haystack: "only\n", finger: 5, finger_back: 5, needle: '\n', utf8_size: 1, utf8_encoded: [10, 0, 0, 0] }, allow_trailing_empty: false, finished: false } } })
// expect: None
// expect: Lines(Map { iter: SplitInclusive { 0: SplitInternal { start: 5, end: 5, matcher: CharSearcher { haystack: "only\n", finger: 5, finger_back: 5, needle: '\n', utf8_size: 1, utf8_encoded: [10, 0, 0, 0] }, allow_trailing_empty: false, finished: true } } })
