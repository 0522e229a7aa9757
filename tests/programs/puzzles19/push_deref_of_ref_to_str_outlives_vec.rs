// `keep.push(*w)` with `w: &&str` copies out the inner &str: keep borrows the text, not the Vec of pieces that dies first.
fn main() {
    let text = String::from("ab cd\nef gh");
    let mut keep: Vec<&str> = Vec::new();
    for line in text.lines() {
        let pieces: Vec<&str> = line.split(' ').collect();
        let w: &&str = &pieces[1];
        keep.push(*w);
    }
    println!("{:?}", keep);
}
// expect: ["cd", "gh"]
