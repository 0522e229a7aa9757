// `nth`, `find` and `any` take a kept split by `&mut self`: each leaves the pieces after the ones it took, and a run to the end finishes it.
fn main() {
    let mut ws = "a  b c d".split(' ');
    println!("{:?}", ws.nth(1));
    println!("{:?}", ws.find(|w| !w.is_empty()));
    println!("{:?}", ws.position(|w| w == "d"));
    println!("{:?}", ws.any(|w| w == "zz"));
    println!("{:?}", ws);
}
// expect: Some("")
// expect: Some("b")
// expect: Some(1)
// expect: false
// expect: Split(SplitInternal { start: 7, end: 8, matcher: CharSearcher { haystack: "a  b c d", finger: 8, finger_back: 8, needle: ' ', utf8_size: 1, utf8_encoded: [32, 0, 0, 0] }, allow_trailing_empty: true, finished: true })
