// A move closure owning a String given as a Pattern (std drops it with the searcher): not supported yet, at the method.
fn main() {
    let seps = String::from(",;");
    let s = "a,b;c";
    let parts: Vec<&str> = s.split(move |c: char| seps.contains(c)).collect();
    println!("{:?}", parts);
}
// expect: ["a", "b", "c"]
// unsupported: a closure that owns what it captures given as a Pattern (`split`) is not supported yet at 5:30
