// A kept `split_terminator(';')` has no empty piece after the last ';' (allow_trailing_empty is false), and an empty text gives none at all.
fn main() {
    let mut t = "a;b;;c;".split_terminator(';');
    println!("{:?} {:?}", t.next(), t);
    for x in t {
        println!("<{}>", x);
    }
    let mut e = "".split_terminator(',');
    println!("{:?} {:?}", e.next(), e);
}
// expect: Some("a") SplitTerminator(SplitInternal { start: 2, end: 7, matcher: CharSearcher { haystack: "a;b;;c;", finger: 2, finger_back: 7, needle: ';', utf8_size: 1, utf8_encoded: [59, 0, 0, 0] }, allow_trailing_empty: false, finished: false })
// expect: <b>
// expect: <>
// expect: <c>
// expect: None SplitTerminator(SplitInternal { start: 0, end: 0, matcher: CharSearcher { haystack: "", finger: 0, finger_back: 0, needle: ',', utf8_size: 1, utf8_encoded: [44, 0, 0, 0] }, allow_trailing_empty: false, finished: true })
