// `rsplit("::")` kept: the last path segment first, then the rest walking back; `split_terminator("--")` kept leaves out the empty piece after a last separator.
fn main() {
    let path = "std::collections::hash_map::Entry";
    let mut segments = path.rsplit("::");
    let item = segments.next().unwrap();
    println!("item {}", item);
    println!("{:?}", segments);
    for module in segments {
        println!("inside {}", module);
    }
    let mut steps = "wake--eat--code--".split_terminator("--");
    println!("{:?}", steps.next());
    let rest: Vec<&str> = steps.clone().collect();
    println!("{:?} {:?}", rest, steps.last());
    let mut multi = "a→→b→→c".split("→→");
    println!("{:?} {:?}", multi.next(), multi);
}
// expect: item Entry
// expect: RSplit(SplitInternal { start: 0, end: 26, matcher: StrSearcher { haystack: "std::collections::hash_map::Entry", needle: "::", searcher: TwoWay(TwoWaySearcher { crit_pos: 0, crit_pos_back: 2, period: 1, byteset: 288230376151711744, position: 0, end: 26, memory: 0, memory_back: 2 }) }, allow_trailing_empty: true, finished: false })
// expect: inside hash_map
// expect: inside collections
// expect: inside std
// expect: Some("wake")
// expect: ["eat", "code"] Some("code")
// expect: Some("a") Split(SplitInternal { start: 7, end: 15, matcher: StrSearcher { haystack: "a→→b→→c", needle: "→→", searcher: TwoWay(TwoWaySearcher { crit_pos: 1, crit_pos_back: 4, period: 3, byteset: 17180131392, position: 7, end: 15, memory: 0, memory_back: 6 }) }, allow_trailing_empty: true, finished: false })
