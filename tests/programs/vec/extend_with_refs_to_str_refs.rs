// Extending a Vec<&str> with an iterator of &&str copies each &str out (std's `Extend<&T>` for Copy T).
fn main() {
    let mut names: Vec<&str> = vec!["ann"];
    let more = ["bo", "cy"];
    names.extend(more.iter());
    println!("{:?} {}", names, names.capacity());
}
// expect: ["ann", "bo", "cy"] 4
