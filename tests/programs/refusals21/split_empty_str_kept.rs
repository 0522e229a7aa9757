// Splitting by "" kept in a variable: std's EmptyNeedle matches before and after every char, so the pieces are "", each char, ""; its fields print as they flip.
fn main() {
    let mut e = "héllo".split("");
    println!("{:?}", e);
    println!("{:?} {:?} {:?}", e.next(), e.next(), e.next());
    println!("{:?}", e);
    let rest: Vec<&str> = e.collect();
    println!("{:?}", rest);
    let mut back = "ab".rsplit("");
    println!("{:?}", back.next());
    println!("{:?}", back);
    let pieces: Vec<&str> = back.collect();
    println!("{:?}", pieces);
}
// expect: Split(SplitInternal { start: 0, end: 6, matcher: StrSearcher { haystack: "héllo", needle: "", searcher: Empty(EmptyNeedle { position: 0, end: 6, is_match_fw: true, is_match_bw: true, is_finished: false }) }, allow_trailing_empty: true, finished: false })
// expect: Some("") Some("h") Some("é")
// expect: Split(SplitInternal { start: 3, end: 6, matcher: StrSearcher { haystack: "héllo", needle: "", searcher: Empty(EmptyNeedle { position: 3, end: 6, is_match_fw: false, is_match_bw: true, is_finished: false }) }, allow_trailing_empty: true, finished: false })
// expect: ["l", "l", "o", ""]
// expect: Some("")
// expect: RSplit(SplitInternal { start: 0, end: 2, matcher: StrSearcher { haystack: "ab", needle: "", searcher: Empty(EmptyNeedle { position: 0, end: 2, is_match_fw: true, is_match_bw: false, is_finished: false }) }, allow_trailing_empty: true, finished: false })
// expect: ["b", "a", ""]
