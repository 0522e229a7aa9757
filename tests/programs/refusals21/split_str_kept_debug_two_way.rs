// A kept Split<'_, &str> prints std's Debug: its StrSearcher's Two-Way fields (critical position, period, byteset, position, memory), short and long periods, as they move.
fn main() {
    let text = "a, b, c";
    let mut parts = text.split(", ");
    println!("{:?}", parts);
    parts.next();
    println!("{:?}", parts);
    let hay = "xxacbaxxacbacba";
    let mut short = hay.split("acba");
    println!("{:?}", short);
    while let Some(piece) = short.next() {
        println!("{:?} then {:?}", piece, short);
    }
    let long = "xaaaaaaaaabyaaaaaaaaaaab".split("aaaaaaaaab");
    println!("{:#?}", long);
}
// expect: Split(SplitInternal { start: 0, end: 7, matcher: StrSearcher { haystack: "a, b, c", needle: ", ", searcher: TwoWay(TwoWaySearcher { crit_pos: 1, crit_pos_back: 1, period: 2, byteset: 17596481011712, position: 0, end: 7, memory: 18446744073709551615, memory_back: 18446744073709551615 }) }, allow_trailing_empty: true, finished: false })
// expect: Split(SplitInternal { start: 3, end: 7, matcher: StrSearcher { haystack: "a, b, c", needle: ", ", searcher: TwoWay(TwoWaySearcher { crit_pos: 1, crit_pos_back: 1, period: 2, byteset: 17596481011712, position: 3, end: 7, memory: 18446744073709551615, memory_back: 18446744073709551615 }) }, allow_trailing_empty: true, finished: false })
// expect: Split(SplitInternal { start: 0, end: 15, matcher: StrSearcher { haystack: "xxacbaxxacbacba", needle: "acba", searcher: TwoWay(TwoWaySearcher { crit_pos: 1, crit_pos_back: 2, period: 3, byteset: 60129542144, position: 0, end: 15, memory: 0, memory_back: 4 }) }, allow_trailing_empty: true, finished: false })
// expect: "xx" then Split(SplitInternal { start: 6, end: 15, matcher: StrSearcher { haystack: "xxacbaxxacbacba", needle: "acba", searcher: TwoWay(TwoWaySearcher { crit_pos: 1, crit_pos_back: 2, period: 3, byteset: 60129542144, position: 6, end: 15, memory: 0, memory_back: 4 }) }, allow_trailing_empty: true, finished: false })
// expect: "xx" then Split(SplitInternal { start: 12, end: 15, matcher: StrSearcher { haystack: "xxacbaxxacbacba", needle: "acba", searcher: TwoWay(TwoWaySearcher { crit_pos: 1, crit_pos_back: 2, period: 3, byteset: 60129542144, position: 12, end: 15, memory: 0, memory_back: 4 }) }, allow_trailing_empty: true, finished: false })
// expect: "cba" then Split(SplitInternal { start: 12, end: 15, matcher: StrSearcher { haystack: "xxacbaxxacbacba", needle: "acba", searcher: TwoWay(TwoWaySearcher { crit_pos: 1, crit_pos_back: 2, period: 3, byteset: 60129542144, position: 15, end: 15, memory: 0, memory_back: 4 }) }, allow_trailing_empty: true, finished: true })
// expect: Split(
// expect:     SplitInternal {
// expect:         start: 0,
// expect:         end: 24,
// expect:         matcher: StrSearcher {
// expect:             haystack: "xaaaaaaaaabyaaaaaaaaaaab",
// expect:             needle: "aaaaaaaaab",
// expect:             searcher: TwoWay(
// expect:                 TwoWaySearcher {
// expect:                     crit_pos: 9,
// expect:                     crit_pos_back: 9,
// expect:                     period: 10,
// expect:                     byteset: 25769803776,
// expect:                     position: 0,
// expect:                     end: 24,
// expect:                     memory: 18446744073709551615,
// expect:                     memory_back: 18446744073709551615,
// expect:                 },
// expect:             ),
// expect:         },
// expect:         allow_trailing_empty: true,
// expect:         finished: false,
// expect:     },
// expect: )
