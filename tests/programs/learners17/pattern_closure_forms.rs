// A closure or function given as a str Pattern: untyped `|c| c == ','`, a learner's fn, a closure variable, `char::is_whitespace`, in split, matches, replace, splitn, rsplit and match_indices.
fn is_sep(c: char) -> bool {
    c == ',' || c == ';'
}

fn main() {
    let s = "a,b;c d";
    let parts: Vec<&str> = s.split(|c| c == ',' || c == ';').collect();
    println!("{:?}", parts);
    println!("{:?}", s.split(is_sep).collect::<Vec<_>>());
    let keep = |c: char| c.is_alphabetic();
    println!("{:?}", s.matches(keep).collect::<Vec<_>>());
    println!("{}", s.replace(char::is_whitespace, "_"));
    println!("{:?}", s.splitn(2, is_sep).collect::<Vec<_>>());
    println!("{:?}", s.rsplit(is_sep).rev().collect::<Vec<_>>());
    println!("{:?}", s.match_indices(is_sep).collect::<Vec<_>>());
}
// expect: ["a", "b", "c d"]
// expect: ["a", "b", "c d"]
// expect: ["a", "b", "c", "d"]
// expect: a,b;c_d
// expect: ["a", "b;c d"]
// expect: ["a", "b", "c d"]
// expect: [(1, ","), (3, ";")]
