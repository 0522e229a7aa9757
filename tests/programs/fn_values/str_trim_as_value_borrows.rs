// `str::trim` named as a value returns a slice of the same text, so the collected `&str`s borrow the lines.
fn main() {
    let lines = vec![" a ", "b  "];
    let t: Vec<&str> = lines.iter().copied().map(str::trim).collect();
    println!("{:?}", t);
}
// expect: ["a", "b"]
