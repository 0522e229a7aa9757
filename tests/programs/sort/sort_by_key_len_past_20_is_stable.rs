// `sort_by_key` past 20 elements with a key that allocates nothing (a length): equal keys keep their order, as std's stable sort keeps them.
fn main() {
    let mut names: Vec<String> = Vec::new();
    for i in 0..27 {
        let n = "abcdefgh".chars().take(i % 6 + 1).collect::<String>();
        names.push(format!("{}{}", n, i));
    }
    names.sort_by_key(|s| s.len());
    println!("{:?}", names);
}
// expect: ["a0", "a6", "ab1", "ab7", "a12", "a18", "a24", "abc2", "abc8", "ab13", "ab19", "ab25", "abcd3", "abcd9", "abc14", "abc20", "abc26", "abcde4", "abcd15", "abcd21", "abcdef5", "abcde10", "abcde16", "abcde22", "abcdef11", "abcdef17", "abcdef23"]
