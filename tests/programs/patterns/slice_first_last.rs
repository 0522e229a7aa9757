// Slice patterns on a borrowed slice: `[]`, `[one]`, `[first, .., last]`, each element bound by reference.
fn ends(v: &[i32]) -> String {
    match v {
        [] => String::from("empty"),
        [one] => format!("only {one}"),
        [first, .., last] => format!("{first}..{last}"),
    }
}

fn main() {
    let v = vec![4, 8, 15, 16, 23, 42];
    println!("{}", ends(&v));
    println!("{}", ends(&v[..1]));
    println!("{}", ends(&[]));
}
// expect: 4..42
// expect: only 4
// expect: empty
