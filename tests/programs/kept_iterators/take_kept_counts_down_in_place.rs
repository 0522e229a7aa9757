// A kept `take(2)` counts its n down as `next` and `any` pull from it, and stops pulling its Split once n is 0.
fn main() {
    let mut t = "x,y,z".split(',').take(2);
    println!("{:?}", t.next());
    println!("{:?}", t);
    println!("{:?}", t.any(|p| p == "q"));
    println!("{:?}", t);
    println!("{:?}", t.next());
}
// expect: Some("x")
// expect: Take { iter: Split(SplitInternal { start: 2, end: 5, matcher: CharSearcher { haystack: "x,y,z", finger: 2, finger_back: 5, needle: ',', utf8_size: 1, utf8_encoded: [44, 0, 0, 0] }, allow_trailing_empty: true, finished: false }), n: 1 }
// expect: false
// expect: Take { iter: Split(SplitInternal { start: 4, end: 5, matcher: CharSearcher { haystack: "x,y,z", finger: 4, finger_back: 5, needle: ',', utf8_size: 1, utf8_encoded: [44, 0, 0, 0] }, allow_trailing_empty: true, finished: false }), n: 0 }
// expect: None
