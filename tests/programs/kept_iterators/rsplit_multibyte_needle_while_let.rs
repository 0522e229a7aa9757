// A kept `rsplit` by a three-byte char walks back match by match: finger_back lands on each '€''s first byte, and the last piece finishes it.
fn main() {
    let mut r = "é€x€".rsplit('€');
    while let Some(p) = r.next() {
        println!("{:?} {:?}", p, r);
    }
    println!("{:?}", r.next());
}
// expect: "" RSplit(SplitInternal { start: 0, end: 6, matcher: CharSearcher { haystack: "é€x€", finger: 0, finger_back: 6, needle: '€', utf8_size: 3, utf8_encoded: [226, 130, 172, 0] }, allow_trailing_empty: true, finished: false })
// expect: "x" RSplit(SplitInternal { start: 0, end: 2, matcher: CharSearcher { haystack: "é€x€", finger: 0, finger_back: 2, needle: '€', utf8_size: 3, utf8_encoded: [226, 130, 172, 0] }, allow_trailing_empty: true, finished: false })
// expect: "é" RSplit(SplitInternal { start: 0, end: 2, matcher: CharSearcher { haystack: "é€x€", finger: 0, finger_back: 0, needle: '€', utf8_size: 3, utf8_encoded: [226, 130, 172, 0] }, allow_trailing_empty: true, finished: true })
// expect: None
