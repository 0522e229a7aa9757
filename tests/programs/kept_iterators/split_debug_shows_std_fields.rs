// `{:?}` of a kept `Split<'_, char>` prints std's fields: start, the CharSearcher's finger and the needle's UTF-8 bytes move as `next` runs.
fn main() {
    let mut parts = "a€bc€".split('€');
    println!("{:?}", parts);
    println!("{:?}", parts.next());
    println!("{:?}", parts);
    println!("{:?}", parts.next());
    println!("{:?}", parts.next());
    println!("{:?}", parts);
    println!("{:?}", parts.next());
}
// expect: Split(SplitInternal { start: 0, end: 9, matcher: CharSearcher { haystack: "a€bc€", finger: 0, finger_back: 9, needle: '€', utf8_size: 3, utf8_encoded: [226, 130, 172, 0] }, allow_trailing_empty: true, finished: false })
// expect: Some("a")
// expect: Split(SplitInternal { start: 4, end: 9, matcher: CharSearcher { haystack: "a€bc€", finger: 4, finger_back: 9, needle: '€', utf8_size: 3, utf8_encoded: [226, 130, 172, 0] }, allow_trailing_empty: true, finished: false })
// expect: Some("bc")
// expect: Some("")
// expect: Split(SplitInternal { start: 9, end: 9, matcher: CharSearcher { haystack: "a€bc€", finger: 9, finger_back: 9, needle: '€', utf8_size: 3, utf8_encoded: [226, 130, 172, 0] }, allow_trailing_empty: true, finished: true })
// expect: None
